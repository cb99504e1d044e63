#pragma once
// The server's own request/response types. Beast stays inside server.cpp; everything above it
// (router, middleware, routes) sees only these.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace zhixie::http {

struct Request {
    std::string method;                          // "GET", "POST", …
    std::string target;                          // raw target, "/api/v1/x?a=b"
    std::string path;                            // decoded path without the query
    std::map<std::string, std::string> query;    // decoded query parameters
    std::map<std::string, std::string> headers;  // lower-case names
    std::string body;
    std::string client_ip;
    bool bad_target = false;  // the target had a malformed escape or invalid UTF-8

    std::string header(const std::string& lower_name) const {
        auto it = headers.find(lower_name);
        return it == headers.end() ? std::string() : it->second;
    }
    std::optional<std::string> cookie(std::string_view name) const;
    bool is_unsafe() const { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }
};

struct Response {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::string content_type = "application/json; charset=utf-8";

    static Response json(int status, const nlohmann::json& body);
    static Response no_content() {
        Response r;
        r.status = 204;
        r.content_type.clear();
        return r;
    }
    // A page to read or print in the browser (letters, compilations, notices); never cached.
    static Response html(std::string page);
    // A download: the bytes, their type, and a (UTF-8) file name for Content-Disposition.
    static Response file(std::string bytes, std::string mime, const std::string& filename);
    void set_header(std::string name, std::string value) {
        headers.emplace_back(std::move(name), std::move(value));
    }
};

// Dumps JSON replacing invalid UTF-8 instead of throwing.
std::string dump_json(const nlohmann::json& j);

// Splits "a=1&b=%E4%B8%AD" into decoded pairs; returns false on malformed escapes.
bool parse_query(std::string_view qs, std::map<std::string, std::string>& out);

}  // namespace zhixie::http
