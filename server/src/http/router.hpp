#pragma once
// Routes with path parameters, and the middleware every request passes: authentication, the forced
// password change, CSRF, permission checks, JSON errors and security headers. No domain logic here.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/context.hpp"
#include "http/message.hpp"

namespace zhixie::http {

// What a route needs. permission: "public", "authenticated" or a module:resource:action code from
// config/permissions.json. resource: for routes with an {id}, the kind of object it names (the tenancy
// test creates one of each kind in another committee and expects 404).
struct RouteSpec {
    std::string method;
    std::string path;
    std::string permission;
    std::string resource;
    bool inline_ = false;      // cheap and database-free: run on the network thread
    std::size_t max_body = 0;  // bytes; 0 = the server's default (uploads raise it)
};

using Handler = std::function<Response(Context&)>;

class Router {
  public:
    struct Hooks {
        // Looks up the session named by the request's cookie; empty if none or expired.
        std::function<std::optional<auth::Principal>(const Request&)> authenticate;
        // Serves what no route matched (static files, SPA fallback); empty means 404.
        std::function<std::optional<Response>(const Request&)> fallback;
        // Is this permission code declared? (a route with an undeclared permission refuses to register)
        std::function<bool(const std::string&)> permission_known;
    };

    explicit Router(Hooks hooks) : hooks_(std::move(hooks)) {}

    void add(RouteSpec spec, Handler handler);
    Response handle(const Request& req) const;
    // Does this request need a worker thread (database work), or may it run on the network thread?
    bool runs_inline(const Request& req) const;
    // The body limit for a request line, known before the body is read (0 = the server default).
    std::size_t body_limit(const std::string& method, const std::string& target) const;
    // The largest limit any route declares (the parser must allow it before the route is known).
    std::size_t largest_body_limit() const;
    std::vector<RouteSpec> specs() const;

  private:
    struct Route {
        RouteSpec spec;
        std::vector<std::string> segments;
        Handler handler;
    };
    const Route* match(const Request& req, std::map<std::string, std::string>& params,
                       bool& path_matched) const;
    Response dispatch(const Route& route, Context& ctx) const;

    Hooks hooks_;
    std::vector<Route> routes_;
};

// Adds Content-Security-Policy, X-Content-Type-Options, X-Frame-Options and Referrer-Policy.
void add_security_headers(Response& res);
Response error_response(const AppError& e, Lang lang);

}  // namespace zhixie::http
