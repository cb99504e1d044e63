#include "app/routes.hpp"
#include "audit/list_audit.hpp"

namespace zhixie::routes {

void audit(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/audit", "system:audit:read"}, [&app](http::Context& c) {
        auto [page, size] = c.paging(20, 100);
        audit::AuditQuery q{c.query("action"),
                            c.query("actor"),
                            c.query("object_type"),
                            c.query("from"),
                            c.query("to"),
                            page,
                            size};
        return http::Response::json(200, audit::list_audit(*app.db, c.user(), q));
    });
}

}  // namespace zhixie::routes
