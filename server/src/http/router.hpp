#pragma once
// Routes with path parameters, and the middleware every request passes: authentication, the forced
// password change, CSRF, permission checks, JSON errors and security headers. No domain logic here.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
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
    bool inline_ =
        false;  // cheap and database-free: run on the network thread (when its session is in memory)
    std::size_t max_body = 0;  // bytes; 0 = the server's default (uploads raise it)
};

using Handler = std::function<Response(Context&)>;

class Router {
  public:
    struct Hooks {
        // Looks up the session named by the request's cookie; null if none or expired.
        std::function<std::shared_ptr<const auth::Principal>(const Request&)> authenticate;
        // Can that answer come from memory alone, without the database?
        std::function<bool(const Request&)> authenticated_in_memory;
        // Serves what no route matched (static files, SPA fallback); empty means 404.
        std::function<std::optional<Response>(const Request&)> fallback;
        // Is this permission code declared? (a route with an undeclared permission refuses to register)
        std::function<bool(const std::string&)> permission_known;
    };
    struct Route;
    // What a request line names: its route (null when none), and whether any route has that path.
    struct Match {
        const Route* route = nullptr;
        bool path_known = false;
    };

    explicit Router(Hooks hooks);
    ~Router();

    void add(RouteSpec spec, Handler handler);
    // Found once per request, from the method and the decoded path, and handed to the steps below.
    Match match(std::string_view method, std::string_view path) const;
    Response handle(const Request& req, const Match& m) const;
    Response handle(const Request& req) const { return handle(req, match(req.method, req.path)); }
    // Does this request need a worker thread (database work), or may it run on the network thread?
    bool runs_inline(const Request& req, const Match& m) const;
    // The body limit of the matched route, known before the body is read (0 = the server default).
    std::size_t body_limit(const Match& m) const;
    // The largest limit any route declares (the parser must allow it before the route is known).
    std::size_t largest_body_limit() const;
    std::vector<RouteSpec> specs() const;

  private:
    Response dispatch(const Route& route, Context& ctx) const;

    Hooks hooks_;
    std::vector<std::unique_ptr<Route>> routes_;          // in the order added: the first match wins
    std::vector<std::vector<const Route*>> by_segments_;  // the same, grouped by their number of segments
};

// Adds Content-Security-Policy, X-Content-Type-Options, X-Frame-Options and Referrer-Policy.
void add_security_headers(Response& res);
Response error_response(const AppError& e, Lang lang);

}  // namespace zhixie::http
