#include "http/router.hpp"

#include <array>
#include <stdexcept>

#include <spdlog/spdlog.h>

#include "core/crypto.hpp"
#include "core/text.hpp"
#include "storage/db.hpp"

namespace zhixie::http {
namespace {

// Up to this many segments are matched; no route has more, so a longer path matches nothing.
constexpr std::size_t kMaxSegments = 16;

struct Segments {
    std::array<std::string_view, kMaxSegments> at{};
    std::size_t size = 0;
    bool too_many = false;
};

// The path's non-empty segments, as views into it (no copies: this runs on every request).
Segments segments_of(std::string_view path) {
    Segments out;
    std::size_t pos = 0;
    while (pos <= path.size()) {
        std::size_t end = path.find('/', pos);
        if (end == std::string_view::npos) end = path.size();
        if (end > pos) {
            if (out.size == kMaxSegments) {
                out.too_many = true;
                return out;
            }
            out.at[out.size++] = path.substr(pos, end - pos);
        }
        pos = end + 1;
    }
    return out;
}

bool is_param(std::string_view pattern) {
    return pattern.size() > 2 && pattern.front() == '{' && pattern.back() == '}';
}

// Routes a user must still reach while their initial password waits to be changed.
bool allowed_before_password_change(const std::string& path) {
    return path == "/api/v1/me" || path == "/api/v1/auth/logout" || path == "/api/v1/me/password";
}

}  // namespace

void add_security_headers(Response& res) {
    res.set_header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: "
        "blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
        "form-action 'self'; object-src 'none'");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Referrer-Policy", "same-origin");
}

Response error_response(const AppError& e, Lang lang) {
    Response r = Response::json(e.status(), {{"error",
                                              {{"code", e.code()},
                                               {"message", error_message(e.code(), lang, e.details())},
                                               {"details", e.details()}}}});
    r.set_header("Cache-Control", "no-store");
    return r;
}

struct Router::Route {
    RouteSpec spec;
    std::vector<std::string> segments;  // literal segments, or "{name}" for a parameter
    Handler handler;

    bool matches(const Segments& segs) const {
        for (std::size_t k = 0; k < segs.size; ++k)
            if (!is_param(segments[k]) && segments[k] != segs.at[k]) return false;
        return true;
    }
    std::map<std::string, std::string> params(const Segments& segs) const {
        std::map<std::string, std::string> out;
        for (std::size_t k = 0; k < segs.size; ++k)
            if (is_param(segments[k]))
                out[segments[k].substr(1, segments[k].size() - 2)] = std::string(segs.at[k]);
        return out;
    }
};

Router::Router(Hooks hooks) : hooks_(std::move(hooks)) {}
Router::~Router() = default;

void Router::add(RouteSpec spec, Handler handler) {
    if (spec.permission.empty()) throw std::logic_error("route " + spec.path + " declares no permission");
    if (spec.permission != "public" && spec.permission != "authenticated" && hooks_.permission_known &&
        !hooks_.permission_known(spec.permission))
        throw std::logic_error("route " + spec.path + " uses undeclared permission " + spec.permission);
    if (spec.path.find("{id}") != std::string::npos && spec.resource.empty())
        throw std::logic_error("route " + spec.path + " takes an id but names no resource kind");
    auto segs = segments_of(spec.path);
    if (segs.too_many) throw std::logic_error("route " + spec.path + " has too many segments");
    auto route = std::make_unique<Route>(Route{spec, {}, std::move(handler)});
    for (std::size_t k = 0; k < segs.size; ++k)
        route->segments.emplace_back(segs.at[k]);
    if (by_segments_.size() <= segs.size) by_segments_.resize(segs.size + 1);
    by_segments_[segs.size].push_back(route.get());
    routes_.push_back(std::move(route));
}

std::vector<RouteSpec> Router::specs() const {
    std::vector<RouteSpec> out;
    for (const auto& r : routes_)
        out.push_back(r->spec);
    return out;
}

Router::Match Router::match(std::string_view method, std::string_view path) const {
    Match m;
    auto segs = segments_of(path);
    if (segs.too_many || segs.size >= by_segments_.size()) return m;
    for (const Route* r : by_segments_[segs.size]) {
        if (!r->matches(segs)) continue;
        m.path_known = true;
        if (r->spec.method == method || (method == "HEAD" && r->spec.method == "GET")) {
            m.route = r;
            return m;
        }
    }
    return m;
}

bool Router::runs_inline(const Request& req, const Match& m) const {
    if (!m.route) return req.path.rfind("/api/", 0) != 0;  // static files come from memory
    if (!m.route->spec.inline_) return false;
    // a database-free route that needs a session stays on the network thread only when the session is in
    // memory
    return m.route->spec.permission == "public" ||
           (hooks_.authenticated_in_memory && hooks_.authenticated_in_memory(req));
}

std::size_t Router::body_limit(const Match& m) const {
    return m.route ? m.route->spec.max_body : 0;
}

std::size_t Router::largest_body_limit() const {
    std::size_t m = 0;
    for (const auto& r : routes_)
        m = std::max(m, r->spec.max_body);
    return m;
}

Response Router::dispatch(const Route& route, Context& ctx) const {
    const auto& spec = route.spec;
    const Request& req = ctx.req();
    if (spec.permission != "public") {
        auto principal = hooks_.authenticate ? hooks_.authenticate(req) : nullptr;
        if (!principal) throw AppError::unauthenticated();
        if (req.is_unsafe()) {
            std::string sent = req.header("x-csrf-token");
            if (sent.empty() || !crypto::equal_ct(sent, principal->csrf_token))
                throw AppError(403, "csrf_failed");
        }
        if (principal->must_change_password && !allowed_before_password_change(spec.path))
            throw AppError(403, "password_change_required");
        if (spec.permission != "authenticated" && !principal->has(spec.permission))
            throw AppError::forbidden();
        ctx.set_principal(std::move(principal));
    }
    return route.handler(ctx);
}

Response Router::handle(const Request& req, const Match& m) const {
    Lang lang = lang_from_header(req.header("accept-language"));
    Response res;
    try {
        if (req.bad_target) throw AppError::bad_request("invalid_utf8");
        if (m.route) {
            Context ctx(req, lang);
            ctx.set_params(m.route->params(segments_of(req.path)));
            res = dispatch(*m.route, ctx);
            if (res.content_type.rfind("application/json", 0) == 0)
                res.set_header("Cache-Control", "no-store");
        } else if (m.path_known) {
            throw AppError(405, "method_not_allowed");
        } else if (auto fb = req.path.rfind("/api/", 0) != 0 && hooks_.fallback ? hooks_.fallback(req)
                                                                                : std::nullopt) {
            res = std::move(*fb);
        } else {
            throw AppError::not_found();
        }
    } catch (const AppError& e) {
        res = error_response(e, lang);
    } catch (const storage::UniqueViolation& e) {
        // A lost race on a unique key reads like any duplicate the use case would have found first.
        res = error_response(AppError::conflict("duplicate", {{"field", e.column}}), lang);
    } catch (const std::exception& e) {
        spdlog::error("{} {} failed: {}", req.method, req.path, e.what());
        res = error_response(AppError(500, "internal"), lang);
    }
    add_security_headers(res);
    return res;
}

}  // namespace zhixie::http
