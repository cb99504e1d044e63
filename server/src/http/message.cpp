#include "http/message.hpp"

#include <cctype>

#include "core/text.hpp"

namespace zhixie::http {

std::optional<std::string> Request::cookie(std::string_view name) const {
    auto it = headers.find("cookie");
    if (it == headers.end()) return std::nullopt;
    for (auto& part : text::split(it->second, ';')) {
        std::string p = text::trim(part);
        auto eq = p.find('=');
        if (eq != std::string::npos && std::string_view(p).substr(0, eq) == name) return p.substr(eq + 1);
    }
    return std::nullopt;
}

std::string dump_json(const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Response Response::json(int status, const nlohmann::json& body) {
    Response r;
    r.status = status;
    r.body = dump_json(body);
    return r;
}

Response Response::html(std::string page) {
    Response r;
    r.body = std::move(page);
    r.content_type = "text/html; charset=utf-8";
    r.set_header("Cache-Control", "no-store");
    return r;
}

Response Response::file(std::string bytes, std::string mime, const std::string& filename) {
    Response r;
    r.body = std::move(bytes);
    r.content_type = std::move(mime);
    std::string encoded;
    static const char* hex = "0123456789ABCDEF";
    for (unsigned char c : filename) {
        if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
            encoded.push_back(static_cast<char>(c));
        } else {
            encoded.push_back('%');
            encoded.push_back(hex[c >> 4]);
            encoded.push_back(hex[c & 15]);
        }
    }
    // An ASCII stand-in for old clients (non-ASCII bytes and quotes become '_'), then the real name (RFC
    // 6266).
    std::string plain;
    for (unsigned char c : filename)
        plain.push_back(c < 0x20 || c >= 0x7F || c == '"' || c == '\\' ? '_' : static_cast<char>(c));
    r.set_header("Content-Disposition",
                 "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded);
    r.set_header("Cache-Control", "no-store");
    return r;
}

bool parse_query(std::string_view qs, std::map<std::string, std::string>& out) {
    if (qs.empty()) return true;
    for (auto& pair : text::split(qs, '&')) {
        if (pair.empty()) continue;
        auto eq = pair.find('=');
        std::string k, v;
        if (!text::url_decode(std::string_view(pair).substr(0, eq), k, true)) return false;
        if (eq != std::string::npos && !text::url_decode(std::string_view(pair).substr(eq + 1), v, true))
            return false;
        if (!text::valid_utf8(k) || !text::valid_utf8(v)) return false;
        if (k.find('\0') != std::string::npos || v.find('\0') != std::string::npos) return false;
        out[k] = v;
    }
    return true;
}

}  // namespace zhixie::http
