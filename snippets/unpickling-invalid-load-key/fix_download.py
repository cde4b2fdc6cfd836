"""Alternative: download with a checksum, so a web page (or a cut download) never lands as the checkpoint."""
import hashlib
import io
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import torch
from torch import nn

# The real file and its published SHA-256 (model pages and releases list it next to the download).
trained = nn.Linear(4, 2)
buf = io.BytesIO()
torch.save(trained.state_dict(), buf)
WEIGHTS = buf.getvalue()
SHA256 = hashlib.sha256(WEIGHTS).hexdigest()
PAGE = b"<!DOCTYPE html>\n<html><body><p>This file is too large to be scanned for viruses.</p></body></html>\n"


class FileHost(BaseHTTPRequestHandler):
    """The share link answers with a web page, the direct link with the file itself."""

    def do_GET(self):
        body, kind = (WEIGHTS, "application/octet-stream") if self.path.startswith("/direct/") else (PAGE, "text/html")
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), FileHost)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"

# --8<-- [start:fix]
def download_checkpoint(url, dst, sha256):
    # download_url_to_file writes to a temporary file, compares the SHA-256 and only then moves it to dst
    torch.hub.download_url_to_file(url, dst, hash_prefix=sha256, progress=False)
# --8<-- [end:fix]


try:
    download_checkpoint(f"{base}/file/d/1AbC/view", "weights.pth", SHA256)
    raise AssertionError("expected RuntimeError")
except RuntimeError as exc:
    assert "invalid hash value" in str(exc)
assert not os.path.exists("weights.pth")  # nothing half-right left behind

download_checkpoint(f"{base}/direct/weights.pth", "weights.pth", SHA256)
model = nn.Linear(4, 2)
model.load_state_dict(torch.load("weights.pth", weights_only=True))
assert torch.equal(model.weight, trained.weight)
server.shutdown()
print("web page rejected by the checksum; direct link downloaded and loaded:", sorted(model.state_dict()))
