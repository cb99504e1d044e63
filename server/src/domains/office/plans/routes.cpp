#include "core/input.hpp"
#include "domains/office/plans/plans.hpp"
#include "domains/office/routes.hpp"

namespace zhixie::routes {

namespace {
namespace p = office_params;
constexpr size_t kText = 20000;

office::plans::ItemFields item_of(const nlohmann::json& b) {
    return {p::str(b, "content", kText), p::str(b, "due_date", kText), input::opt_int(b, "owner_staff_id")};
}
}  // namespace

void office_plans(http::Router& r, App& app) {
    using namespace office::plans;
    r.add({"GET", "/api/v1/office/plans", "office:plan:read"}, [&app](http::Context& c) {
        return http::Response::json(
            200, list_plans(*app.db, c.user(), {c.query("kind"), c.query("month"), p::id(c, "body_id")}));
    });
    r.add({"POST", "/api/v1/office/plans", "office:plan:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        NewPlan n{input::req_int(b, "body_id"),
                  p::str(b, "kind", 20),
                  p::str(b, "period", 20),
                  p::str(b, "title", kText),
                  {}};
        if (b.contains("items")) {
            if (!b["items"].is_array()) throw AppError::invalid_field("items");
            for (const auto& i : b["items"])
                n.items.push_back(item_of(i));
        }
        return http::Response::json(201, create_plan(*app.db, c.user(), c.actor(), c.lang(), n));
    });
    r.add({"GET", "/api/v1/office/plans/supervision", "office:plan:read"}, [&app](http::Context& c) {
        return http::Response::json(200, month_supervision(*app.db, c.user(), p::month(c)));
    });
    r.add({"GET", "/api/v1/office/plans/{id}", "office:plan:read", "office_plan"}, [&app](http::Context& c) {
        return http::Response::json(200, get_plan(*app.db, c.user(), c.id()));
    });
    r.add({"POST", "/api/v1/office/plans/{id}/items", "office:plan:manage", "office_plan"},
          [&app](http::Context& c) {
              return http::Response::json(
                  201, add_item(*app.db, c.user(), c.actor(), c.lang(), c.id(), item_of(c.body())));
          });
    r.add({"PATCH", "/api/v1/office/plan-items/{id}", "office:plan:report", "office_plan_item"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              ItemReport rep{input::opt_str(b, "status", 20), input::opt_str(b, "done_on", 20),
                             input::opt_str(b, "result", kText), input::opt_str(b, "supervision", kText),
                             input::req_int(b, "version")};
              return http::Response::json(200,
                                          report_item(*app.db, c.user(), c.actor(), c.lang(), c.id(), rep));
          });
    r.add({"GET", "/api/v1/office/notices", "office:plan:read"}, [&app](http::Context& c) {
        std::optional<int> year;
        if (!c.query("year").empty()) year = p::year(c);
        return http::Response::json(200, list_notices(*app.db, c.user(), year));
    });
    r.add({"POST", "/api/v1/office/notices", "office:plan:manage"}, [&app](http::Context& c) {
        return http::Response::json(
            201, issue_notice(*app.db, c.user(), c.actor(), input::req_str(c.body(), "month", 40)));
    });
    r.add({"GET", "/api/v1/office/notices/{id}", "office:plan:read", "office_notice"},
          [&app](http::Context& c) {
              return http::Response::json(200, get_notice(*app.db, c.user(), c.id()));
          });
    r.add({"GET", "/api/v1/office/notices/{id}/print", "office:plan:read", "office_notice"},
          [&app](http::Context& c) { return http::Response::html(print_notice(*app.db, c.user(), c.id())); });
}

}  // namespace zhixie::routes
