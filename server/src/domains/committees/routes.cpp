#include "app/routes.hpp"
#include "domains/committees/committees.hpp"

namespace zhixie::routes {

void committees(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/auth/committees", "public"}, [&app](http::Context&) {
        return http::Response::json(200, committees::list_for_sign_in(*app.db));
    });
    r.add({"GET", "/api/v1/committee", "system:committee:read"}, [&app](http::Context& c) {
        return http::Response::json(200, committees::current(*app.db, c.user()));
    });
    r.add({"GET", "/api/v1/committees", "system:committee:manage"}, [&app](http::Context& c) {
        return http::Response::json(200, committees::subtree(*app.db, c.user()));
    });
}

}  // namespace zhixie::routes
