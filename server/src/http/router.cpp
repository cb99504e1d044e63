#include "http/router.hpp"

#include <stdexcept>

#include <spdlog/spdlog.h>

#include "core/crypto.hpp"
#include "core/text.hpp"
#include "storage/db.hpp"

namespace zhixie::http {
namespace {

std::vector<std::string> segments_of(const std::string& path) {
    std::vector<std::string> out;
    for (auto& s : text::split(path, '/'))
        if (!s.empty()) out.push_back(s);
    return out;
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

void Router::add(RouteSpec spec, Handler handler) {
    if (spec.permission.empty()) throw std::logic_error("route " + spec.path + " declares no permission");
    if (spec.permission != "public" && spec.permission != "authenticated" && hooks_.permission_known &&
        !hooks_.permission_known(spec.permission))
        throw std::logic_error("route " + spec.path + " uses undeclared permission " + spec.permission);
    if (spec.path.find("{id}") != std::string::npos && spec.resource.empty())
        throw std::logic_error("route " + spec.path + " takes an id but names no resource kind");
    routes_.push_back({spec, segments_of(spec.path), std::move(handler)});
}

std::vector<RouteSpec> Router::specs() const {
    std::vector<RouteSpec> out;
    for (const auto& r : routes_)
        out.push_back(r.spec);
    return out;
}

const Router::Route* Router::match(const Request& req, std::map<std::string, std::string>& params,
                                   bool& path_matched) const {
    auto segs = segments_of(req.path);
    path_matched = false;
    for (const auto& r : routes_) {
        if (r.segments.size() != segs.size()) continue;
        std::map<std::string, std::string> p;
        bool ok = true;
        for (size_t k = 0; k < segs.size() && ok; ++k) {
            const auto& pat = r.segments[k];
            if (pat.size() > 2 && pat.front() == '{' && pat.back() == '}')
                p[pat.substr(1, pat.size() - 2)] = segs[k];
            else
                ok = pat == segs[k];
        }
        if (!ok) continue;
        path_matched = true;
        if (r.spec.method == req.method || (req.method == "HEAD" && r.spec.method == "GET")) {
            params = std::move(p);
            return &r;
        }
    }
    return nullptr;
}

bool Router::runs_inline(const Request& req) const {
    std::map<std::string, std::string> params;
    bool path_matched = false;
    const Route* r = match(req, params, path_matched);
    if (r) return r->spec.inline_;
    // static files come from memory; only API paths may touch the database
    return req.path.rfind("/api/", 0) != 0;
}

std::size_t Router::body_limit(const std::string& method, const std::string& target) const {
    Request probe;
    probe.method = method;
    if (!text::url_decode(target.substr(0, target.find('?')), probe.path, false)) return 0;
    std::map<std::string, std::string> params;
    bool path_matched = false;
    const Route* r = match(probe, params, path_matched);
    return r ? r->spec.max_body : 0;
}

std::size_t Router::largest_body_limit() const {
    std::size_t m = 0;
    for (const auto& r : routes_)
        m = std::max(m, r.spec.max_body);
    return m;
}

Response Router::dispatch(const Route& route, Context& ctx) const {
    const auto& spec = route.spec;
    const Request& req = ctx.req();
    if (spec.permission != "public") {
        auto principal = hooks_.authenticate ? hooks_.authenticate(req) : std::nullopt;
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
        ctx.set_principal(std::move(*principal));
    }
    return route.handler(ctx);
}

Response Router::handle(const Request& req) const {
    Lang lang = lang_from_header(req.header("accept-language"));
    Response res;
    try {
        if (req.bad_target) throw AppError::bad_request("invalid_utf8");
        std::map<std::string, std::string> params;
        bool path_matched = false;
        const Route* route = match(req, params, path_matched);
        if (route) {
            Context ctx(req, lang);
            ctx.set_params(std::move(params));
            res = dispatch(*route, ctx);
            if (res.content_type.rfind("application/json", 0) == 0)
                res.set_header("Cache-Control", "no-store");
        } else if (path_matched) {
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
