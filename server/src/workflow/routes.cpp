#include "app/routes.hpp"
#include "core/input.hpp"
#include "workflow/engine.hpp"

namespace zhixie::routes {

void workflows(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/workflows", "system:workflow:read"}, [&app](http::Context& c) {
        return http::Response::json(200, workflow::list_definitions(*app.db, c.user().committee_id));
    });
    r.add({"GET", "/api/v1/workflows/{id}", "system:workflow:read", "workflow"}, [&app](http::Context& c) {
        return http::Response::json(200, workflow::definition_json(*app.db, c.user().committee_id, c.id()));
    });
    r.add({"PUT", "/api/v1/workflows/{id}", "system:workflow:manage", "workflow"}, [&app](http::Context& c) {
        return http::Response::json(
            200, workflow::update_definition(*app.db, c.user().committee_id, c.actor(), c.id(),
                                             input::req_int(c.body(), "version"), c.body()));
    });
    r.add({"GET", "/api/v1/cases/{id}", "system:case:read", "case"}, [&app](http::Context& c) {
        return http::Response::json(
            200, workflow::get_case(*app.db, c.user().committee_id, c.id(), c.user().permissions));
    });
}

}  // namespace zhixie::routes
