#include "http/static_files.hpp"

#include <zlib.h>

#include <fstream>
#include <sstream>

#include "core/crypto.hpp"

namespace zhixie::http {
namespace fs = std::filesystem;

namespace {

std::string mime_of(const fs::path& p) {
    static const std::map<std::string, std::string> types = {{".html", "text/html; charset=utf-8"},
                                                             {".js", "text/javascript; charset=utf-8"},
                                                             {".mjs", "text/javascript; charset=utf-8"},
                                                             {".css", "text/css; charset=utf-8"},
                                                             {".json", "application/json"},
                                                             {".svg", "image/svg+xml"},
                                                             {".png", "image/png"},
                                                             {".jpg", "image/jpeg"},
                                                             {".ico", "image/x-icon"},
                                                             {".woff2", "font/woff2"},
                                                             {".woff", "font/woff"},
                                                             {".ttf", "font/ttf"},
                                                             {".txt", "text/plain; charset=utf-8"},
                                                             {".map", "application/json"},
                                                             {".webmanifest", "application/manifest+json"}};
    auto it = types.find(p.extension().string());
    return it == types.end() ? "application/octet-stream" : it->second;
}

bool compressible(const std::string& mime) {
    return mime.rfind("text/", 0) == 0 || mime.find("json") != std::string::npos ||
           mime.find("svg") != std::string::npos;
}

}  // namespace

std::string gzip(const std::string& data) {
    z_stream zs{};
    if (deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string out(deflateBound(&zs, data.size()), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    int rc = deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : std::string();
}

StaticFiles::StaticFiles(fs::path root) : root_(fs::weakly_canonical(std::move(root))) {}

std::shared_ptr<const StaticFiles::Entry> StaticFiles::load(const fs::path& file) {
    std::lock_guard lock(mutex_);
    auto key = file.string();
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    std::ifstream in(file, std::ios::binary);
    if (!in) return nullptr;
    std::ostringstream ss;
    ss << in.rdbuf();
    auto e = std::make_shared<Entry>();
    e->body = ss.str();
    e->mime = mime_of(file);
    e->etag = "\"" + crypto::sha256_hex(e->body).substr(0, 20) + "\"";
    if (compressible(e->mime) && e->body.size() > 512) {
        std::string z = gzip(e->body);
        if (!z.empty() && z.size() < e->body.size()) e->gzipped = std::move(z);
    }
    cache_[key] = e;
    return e;
}

std::optional<Response> StaticFiles::serve(const Request& req) {
    if (req.method != "GET" && req.method != "HEAD") return std::nullopt;
    // refuse any path that climbs out of the web root
    fs::path rel = fs::path(req.path).relative_path().lexically_normal();
    if (!rel.empty() && (*rel.begin() == ".." || rel.is_absolute())) return std::nullopt;
    fs::path file = root_ / rel;
    std::error_code ec;
    bool is_file = !rel.empty() && fs::is_regular_file(file, ec);
    bool is_asset = req.path.rfind("/assets/", 0) == 0;
    if (!is_file) {
        if (is_asset) return std::nullopt;  // a missing hashed asset is a real 404
        file = root_ / "index.html";
    }
    auto entry = load(file);
    if (!entry) return std::nullopt;

    Response r;
    r.content_type = entry->mime;
    r.set_header("ETag", entry->etag);
    r.set_header("Cache-Control", is_asset ? "public, max-age=31536000, immutable" : "no-cache");
    r.set_header("Vary", "Accept-Encoding");
    if (req.header("if-none-match") == entry->etag) {
        r.status = 304;
        return r;
    }
    if (!entry->gzipped.empty() && req.header("accept-encoding").find("gzip") != std::string::npos) {
        r.body = entry->gzipped;
        r.set_header("Content-Encoding", "gzip");
    } else {
        r.body = entry->body;
    }
    return r;
}

}  // namespace zhixie::http
