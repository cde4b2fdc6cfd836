"""Reproduce: the weights server answers 503, so model_zoo.load_url (torch.hub) raises HTTPError."""
import os
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from torch.utils import model_zoo


class Overloaded(BaseHTTPRequestHandler):
    """Stands in for the weights server on the day the blog post hit it: every request gets 503."""

    def do_GET(self):
        self.send_response(503, "Egress is over the account limit.")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):  # keep the server's access log out of the output
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Overloaded)
threading.Thread(target=server.serve_forever, daemon=True).start()
# Route plain-HTTP requests through the local server (as an HTTP proxy), so the URL below is
# printed as is and nothing leaves this machine. weights.example.com is a placeholder host.
proxy = f"http://127.0.0.1:{server.server_address[1]}"
urllib.request.install_opener(urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy})))
os.environ["TORCH_HOME"] = os.path.join(os.getcwd(), "torch_home")  # the cache, see the page

# --8<-- [start:cause]
state_dict = model_zoo.load_url("http://weights.example.com/resnet18-f37072fd.pth")
# --8<-- [end:cause]
