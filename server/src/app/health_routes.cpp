#include "app/routes.hpp"

namespace zhixie::routes {

void health(http::Router& r, App& app) {
    r.add({"GET", "/healthz", "public", "", true}, [](http::Context&) {
        return http::Response::json(200, {{"status", "ok"}});
    });
    r.add({"GET", "/readyz", "public"}, [&app](http::Context&) {
        const char* kind = app.db->dialect() == storage::Dialect::sqlite ? "sqlite" : "postgresql";
        try {
            auto tx = app.db->read();
            tx.one("SELECT 1 AS ok");
            return http::Response::json(200, {{"status", "ok"}, {"database", kind}});
        } catch (const std::exception&) {
            return http::Response::json(503, {{"status", "unavailable"}, {"database", kind}});
        }
    });
}

}  // namespace zhixie::routes
