#include "app/routes.hpp"
#include "core/input.hpp"
#include "domains/users/users.hpp"

namespace zhixie::routes {

void users(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/roles", "system:role:read"},
          [](http::Context&) { return http::Response::json(200, users::roles_json()); });
    r.add({"GET", "/api/v1/users", "system:user:read"}, [&app](http::Context& c) {
        auto [page, size] = c.paging();
        return http::Response::json(200, users::list_users(*app.db, c.user(), {c.query("q"), page, size}));
    });
    r.add({"POST", "/api/v1/users", "system:user:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        users::NewUser u{c.user().committee_id,
                         input::req_str(b, "username", 64),
                         input::req_str(b, "display_name", 100),
                         input::req_str(b, "password", 256),
                         input::opt_str_list(b, "roles").value_or(std::vector<std::string>{}),
                         true,
                         input::opt_int_list(b, "unit_ids").value_or(std::vector<int64_t>{})};
        return http::Response::json(201, users::add_user(*app.db, c.actor(), u));
    });
    r.add({"PATCH", "/api/v1/users/{id}", "system:user:manage", "user"}, [&app](http::Context& c) {
        const auto& b = c.body();
        users::UserChange ch{c.id(),
                             input::req_int(b, "version"),
                             input::opt_str(b, "display_name", 100),
                             input::opt_str_list(b, "roles"),
                             input::opt_bool(b, "disabled"),
                             input::opt_int_list(b, "unit_ids")};
        return http::Response::json(200, users::update_user(*app.db, c.user(), c.actor(), ch));
    });
}

}  // namespace zhixie::routes
