#include "core/input.hpp"
#include "domains/office/routes.hpp"
#include "domains/office/rules/rules.hpp"

namespace zhixie::routes {

namespace {
namespace p = office_params;
constexpr size_t kText = 200000;  // long enough for any rule; the use case reports the real limit per field
}  // namespace

void office_rules(http::Router& r, App& app) {
    using namespace office::rules;
    r.add({"GET", "/api/v1/office/rules", "office:rule:read"}, [&app](http::Context& c) {
        auto [page, size] = c.paging();
        return http::Response::json(
            200, list_rules(*app.db, c.user(),
                            {c.query("q"), c.query("category"), c.query("status"), page, size}));
    });
    r.add({"POST", "/api/v1/office/rules", "office:rule:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        NewRule n{p::str(b, "title", kText),
                  p::str(b, "category", kText),
                  p::str(b, "doc_number", kText),
                  p::str(b, "body", kText),
                  p::str(b, "effective_from", kText),
                  p::str(b, "note", kText),
                  input::opt_int(b, "sort").value_or(0)};
        return http::Response::json(201, establish_rule(*app.db, c.user(), c.actor(), c.lang(), n));
    });
    r.add({"GET", "/api/v1/office/rules/summary", "office:rule:read"}, [&app](http::Context& c) {
        return http::Response::json(200, rules_summary(*app.db, c.user(), p::year(c)));
    });
    r.add({"GET", "/api/v1/office/rules/compilation", "office:rule:read"}, [&app](http::Context& c) {
        return http::Response::html(
            rules_compilation(*app.db, c.user(), c.query("as_of"), c.query("category")));
    });
    r.add({"GET", "/api/v1/office/rules/{id}", "office:rule:read", "office_rule"}, [&app](http::Context& c) {
        return http::Response::json(200, get_rule(*app.db, c.user(), c.id()));
    });
    r.add({"PATCH", "/api/v1/office/rules/{id}", "office:rule:manage", "office_rule"}, [&app](
                                                                                           http::Context& c) {
        const auto& b = c.body();
        RuleEdit e{p::str(b, "title", kText), p::str(b, "category", kText), p::str(b, "doc_number", kText),
                   input::opt_int(b, "sort").value_or(0), input::req_int(b, "version")};
        return http::Response::json(200, update_rule(*app.db, c.user(), c.actor(), c.lang(), c.id(), e));
    });
    r.add({"POST", "/api/v1/office/rules/{id}/revisions", "office:rule:manage", "office_rule"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              Revision v{p::str(b, "body", kText), p::str(b, "effective_from", kText),
                         p::str(b, "note", kText), input::req_int(b, "version")};
              return http::Response::json(201,
                                          revise_rule(*app.db, c.user(), c.actor(), c.lang(), c.id(), v));
          });
    r.add({"POST", "/api/v1/office/rules/{id}/abolish", "office:rule:manage", "office_rule"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              Abolition a{p::str(b, "abolished_on", kText), p::str(b, "reason", kText),
                          input::req_int(b, "version")};
              return http::Response::json(200,
                                          abolish_rule(*app.db, c.user(), c.actor(), c.lang(), c.id(), a));
          });
}

}  // namespace zhixie::routes
