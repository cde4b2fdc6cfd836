"""Fix: put the weights file in torch.hub's cache yourself; load_url then never touches the network."""
import hashlib
import os
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

import torch
from torch import nn
from torch.utils import model_zoo


class Overloaded(BaseHTTPRequestHandler):
    requests = 0  # how many requests reached the (still broken) server

    def do_GET(self):
        type(self).requests += 1
        self.send_response(503, "Egress is over the account limit.")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


# The same stand-in server, reached as a proxy, as in repro.py: it still answers 503 to everything.
server = ThreadingHTTPServer(("127.0.0.1", 0), Overloaded)
threading.Thread(target=server.serve_forever, daemon=True).start()
proxy = f"http://127.0.0.1:{server.server_address[1]}"
urllib.request.install_opener(urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy})))
os.environ["TORCH_HOME"] = os.path.join(os.getcwd(), "torch_home")

url = "http://weights.example.com/resnet18-f37072fd.pth"
# 1. Where load_url looks: $TORCH_HOME/hub/checkpoints/<last part of the URL>.
# --8<-- [start:fix]
cache_dir = os.path.join(torch.hub.get_dir(), "checkpoints")
cached_file = os.path.join(cache_dir, os.path.basename(urlparse(url).path))
os.makedirs(cache_dir, exist_ok=True)  # then copy the file you got from a mirror to cached_file
# --8<-- [end:fix]
print("cache file:", os.path.relpath(cached_file))

# 2. Put the file there: the one you downloaded from a mirror or another machine. Here a real
#    state_dict of a small model plays that file.
trained = nn.Linear(4, 2)
torch.save(trained.state_dict(), cached_file)

# 3. The same call as before now loads from the cache.
assert model_zoo.load_url is torch.hub.load_state_dict_from_url  # model_zoo.load_url is an alias
state_dict = model_zoo.load_url(url, weights_only=True)  # a file from a mirror: load tensors only
model = nn.Linear(4, 2)
model.load_state_dict(state_dict)
for name, tensor in trained.state_dict().items():
    assert torch.equal(model.state_dict()[name], tensor), name

# check_hash=True verifies the SHA-256 prefix in the name (f37072fd) only while downloading;
# a file already in the cache is loaded as is. Check a hand-copied file yourself (see the page).
with open(cached_file, "rb") as fh:
    assert not hashlib.sha256(fh.read()).hexdigest().startswith("f37072fd")
assert torch.equal(model_zoo.load_url(url, check_hash=True)["weight"], trained.weight)
assert Overloaded.requests == 0, Overloaded.requests
print("loaded", sorted(state_dict), "with", Overloaded.requests, "requests to the server")
server.shutdown()
