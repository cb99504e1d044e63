#include "core/input.hpp"
#include "domains/office/routes.hpp"
#include "domains/office/tasks/tasks.hpp"

namespace zhixie::routes {

namespace {
namespace p = office_params;
constexpr size_t kText = 20000;
bool flag(const http::Context& c, const std::string& name) {
    return c.query(name) == "1" || c.query(name) == "true";
}
}  // namespace

void office_tasks(http::Router& r, App& app) {
    using namespace office::tasks;
    r.add({"GET", "/api/v1/office/tasks", "office:task:read"}, [&app](http::Context& c) {
        auto [page, size] = c.paging();
        TaskQuery q{c.query("state"),
                    p::id(c, "body_id"),
                    p::id(c, "staff_id"),
                    flag(c, "overdue"),
                    flag(c, "mine"),
                    page,
                    size};
        return http::Response::json(200, list_tasks(*app.db, c.user(), q));
    });
    r.add({"POST", "/api/v1/office/tasks", "office:task:assign"}, [&app](http::Context& c) {
        const auto& b = c.body();
        NewTask t{p::str(b, "title", kText),    p::str(b, "detail", kText),   p::str(b, "source", kText),
                  p::str(b, "deadline", kText), input::opt_int(b, "body_id"), input::opt_int(b, "staff_id")};
        return http::Response::json(201, create_task(*app.db, c.user(), c.actor(), c.lang(), t));
    });
    r.add({"GET", "/api/v1/office/tasks/overdue", "office:task:read"},
          [&app](http::Context& c) { return http::Response::json(200, overdue_tasks(*app.db, c.user())); });
    r.add({"GET", "/api/v1/office/tasks/{id}", "office:task:read", "office_task"}, [&app](http::Context& c) {
        return http::Response::json(200, get_task(*app.db, c.user(), c.id()));
    });
    r.add({"GET", "/api/v1/office/tasks/{id}/notice", "office:task:read", "office_task"},
          [&app](http::Context& c) { return http::Response::html(task_notice(*app.db, c.user(), c.id())); });
    r.add({"POST", "/api/v1/office/tasks/{id}/steps", "office:task:read", "office_task"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              Step s{input::req_str(b, "transition", 40), p::str(b, "note", kText),
                     input::opt_int(b, "progress"), p::str(b, "deadline", kText),
                     input::opt_int(b, "version")};
              return http::Response::json(200, take_step(*app.db, c.user(), c.actor(), c.lang(), c.id(), s));
          });
}

}  // namespace zhixie::routes
