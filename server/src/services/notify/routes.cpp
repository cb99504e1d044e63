#include "app/app.hpp"
#include "http/router.hpp"
#include "services/notify/inbox.hpp"

namespace zhixie::routes {

void notifications(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/notifications", "authenticated"}, [&app](http::Context& c) {
        auto [page, size] = c.paging();
        const bool unread = c.query("unread") == "1" || c.query("unread") == "true";
        return http::Response::json(200, notify::my_inbox(*app.db, c.user(), unread, page, size));
    });
    r.add({"POST", "/api/v1/notifications/read-all", "authenticated"}, [&app](http::Context& c) {
        return http::Response::json(200, notify::read_all(*app.db, c.user()));
    });
    r.add({"POST", "/api/v1/notifications/{id}/read", "authenticated", "notification"},
          [&app](http::Context& c) {
              return http::Response::json(200, notify::read_one(*app.db, c.user(), c.id()));
          });
}

}  // namespace zhixie::routes
