#include "app/routes.hpp"
#include "auth/use_cases/account.hpp"
#include "auth/use_cases/login.hpp"
#include "core/input.hpp"

namespace zhixie::routes {

void auth(http::Router& r, App& app) {
    r.add({"POST", "/api/v1/auth/login", "public"}, [&app](http::Context& c) {
        const auto& b = c.body();
        auth::LoginInput in{input::req_str(b, "committee_code", 64), input::req_str(b, "username", 64),
                            input::req_str(b, "password", 256), c.req().client_ip,
                            c.req().header("user-agent")};
        auto result = auth::login(*app.db, in, app.auth);
        auto res = http::Response::json(200, auth::me_json(result.principal));
        res.set_header("Set-Cookie", auth::session_cookie(result.token, app.auth));
        return res;
    });
    r.add({"POST", "/api/v1/auth/logout", "authenticated"}, [&app](http::Context& c) {
        auth::logout(*app.db, c.user(), c.actor());
        auto res = http::Response::no_content();
        res.set_header("Set-Cookie", auth::clear_session_cookie(app.auth));
        return res;
    });
    r.add({"GET", "/api/v1/me", "authenticated", "", true}, [](http::Context& c) {
        http::Response res;
        res.body = auth::me_document(c.user());
        return res;
    });
    r.add({"POST", "/api/v1/me/password", "authenticated"}, [&app](http::Context& c) {
        const auto& b = c.body();
        auth::change_password(*app.db, c.user(), c.actor(), input::req_str(b, "current_password", 256),
                              input::req_str(b, "new_password", 256));
        return http::Response::no_content();
    });
    r.add({"GET", "/api/v1/me/sessions", "authenticated"}, [&app](http::Context& c) {
        return http::Response::json(200, auth::list_sessions(*app.db, c.user(), app.auth));
    });
    r.add({"DELETE", "/api/v1/me/sessions/{id}", "authenticated", "session"}, [&app](http::Context& c) {
        auth::revoke_session(*app.db, c.user(), c.actor(), c.id());
        return http::Response::no_content();
    });
}

}  // namespace zhixie::routes
