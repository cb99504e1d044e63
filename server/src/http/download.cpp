#include "http/download.hpp"

namespace zhixie::http {

std::string rfc5987_encode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string::npos;
        if (plain) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

Response download(std::string bytes, const std::string& mime, const std::string& filename,
                  const std::string& fallback_name) {
    Response r;
    r.status = 200;
    r.content_type = mime;
    r.body = std::move(bytes);
    r.set_header("Content-Disposition", "attachment; filename=\"" + fallback_name + "\"; filename*=UTF-8''" +
                                            rfc5987_encode(filename));
    r.set_header("Cache-Control", "no-store");
    return r;
}

}  // namespace zhixie::http
