#include "core/input.hpp"
#include "domains/conversion/conversion.hpp"
#include "domains/office/routes.hpp"

namespace zhixie::routes {

namespace {
namespace p = office_params;
constexpr size_t kText = 20000;

// Runs a writing use case on the report in one transaction and answers with the report as it now is.
template <typename UseCase>
http::Response act(App& app, http::Context& c, int status, UseCase&& use_case) {
    auto tx = app.db->write();
    const auto who = conversion::caller_of(tx, c.user());
    const int64_t id = use_case(tx, who);
    auto out = conversion::report_json(tx, who, id);
    tx.commit();
    return http::Response::json(status, out);
}

conversion::ReportQuery report_query(const http::Context& c, bool mine) {
    auto [page, size] = c.paging();
    return {c.query_int("year"), c.query("type"), c.query("state"), c.query("q"), mine, page, size};
}
}  // namespace

void conversion(http::Router& r, App& app) {
    using namespace conversion;
    r.add({"GET", "/api/v1/conversion/reports", "conversion:report:read"}, [&app](http::Context& c) {
        return http::Response::json(200, list_reports(*app.db, c.user(), report_query(c, false)));
    });
    r.add({"GET", "/api/v1/conversion/inbox", "conversion:report:handle"}, [&app](http::Context& c) {
        return http::Response::json(200, list_reports(*app.db, c.user(), report_query(c, true)));
    });
    r.add({"POST", "/api/v1/conversion/reports", "conversion:report:submit"}, [&app](http::Context& c) {
        const auto& b = c.body();
        NewReport n{p::str(b, "kind", 40),           p::str(b, "title", kText),
                    p::str(b, "body", kText),        p::str(b, "submitted_on", 40),
                    input::opt_int(b, "year"),       input::opt_int(b, "body_id"),
                    p::str(b, "source_kind", kText), input::opt_int(b, "source_id")};
        return act(app, c, 201, [&](storage::Tx& tx, const Caller& who) {
            return submit_report(tx, who, c.actor(), c.lang(), n);
        });
    });
    r.add({"GET", "/api/v1/conversion/reports/{id}", "authenticated", "conversion_report"},
          [&app](http::Context& c) {
              return http::Response::json(200, get_report(*app.db, c.user(), c.id()));
          });
    r.add(
        {"POST", "/api/v1/conversion/reports/{id}/instruct", "conversion:report:instruct",
         "conversion_report"},
        [&app](http::Context& c) {
            const auto& b = c.body();
            Instruction i{p::str(b, "text", kText), p::str(b, "signed_on", 40), input::opt_int(b, "version")};
            return act(app, c, 200, [&](storage::Tx& tx, const Caller& who) {
                instruct_report(tx, who, c.actor(), c.lang(), c.id(), i);
                return c.id();
            });
        });
    r.add({"POST", "/api/v1/conversion/reports/{id}/assign", "conversion:report:assign", "conversion_report"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              Assignment a{input::opt_int_list(b, "unit_ids").value_or(std::vector<int64_t>{}),
                           p::str(b, "vice_mayor", kText), p::str(b, "deadline", 40),
                           p::str(b, "note", kText), input::opt_int(b, "version")};
              return act(app, c, 200, [&](storage::Tx& tx, const Caller& who) {
                  assign_report(tx, who, c.actor(), c.lang(), c.id(), a);
                  return c.id();
              });
          });
    r.add({"POST", "/api/v1/conversion/reports/{id}/acknowledge", "conversion:report:handle",
           "conversion_report"},
          [&app](http::Context& c) {
              const auto assignment = input::opt_int(c.body(), "assignment_id");
              return act(app, c, 200, [&](storage::Tx& tx, const Caller& who) {
                  acknowledge_report(tx, who, c.actor(), c.lang(), c.id(), assignment);
                  return c.id();
              });
          });
    r.add(
        {"POST", "/api/v1/conversion/reports/{id}/feedback", "conversion:report:handle", "conversion_report"},
        [&app](http::Context& c) {
            const auto& b = c.body();
            auto count = [&](const char* f) { return input::opt_int(b, f).value_or(0); };
            Feedback f{input::opt_int(b, "assignment_id"),
                       input::opt_bool(b, "completed"),
                       p::str(b, "feedback", kText),
                       {count("documents"), count("problems"), count("incidents"), count("matters")},
                       p::str(b, "outcome_text", kText)};
            return act(app, c, 200, [&](storage::Tx& tx, const Caller& who) {
                report_back(tx, who, c.actor(), c.lang(), c.id(), f);
                return c.id();
            });
        });
    r.add({"POST", "/api/v1/conversion/reports/{id}/steps", "conversion:report:read", "conversion_report"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              Step s{input::req_str(b, "transition", 40), p::str(b, "note", kText),
                     input::opt_int(b, "version")};
              return act(app, c, 200, [&](storage::Tx& tx, const Caller& who) {
                  take_step(tx, who, c.actor(), c.lang(), c.id(), s);
                  return c.id();
              });
          });
    r.add({"GET", "/api/v1/conversion/metrics", "conversion:metrics:read"}, [&app](http::Context& c) {
        return http::Response::json(200, metrics(*app.db, c.user(), p::year(c), c.query("type")));
    });
    r.add({"GET", "/api/v1/conversion/metrics/items", "conversion:metrics:read"}, [&app](http::Context& c) {
        return http::Response::json(
            200, metric_items(*app.db, c.user(), p::year(c), c.query("type"), c.query("figure")));
    });
}

}  // namespace zhixie::routes
