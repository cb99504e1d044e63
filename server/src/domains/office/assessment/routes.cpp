#include "core/input.hpp"
#include "domains/office/assessment/assessment.hpp"
#include "domains/office/routes.hpp"

namespace zhixie::routes {

namespace {
namespace p = office_params;

double number(const nlohmann::json& b, const std::string& field) {
    if (!b.contains(field) || !b[field].is_number()) throw AppError::invalid_field(field);
    return b[field].get<double>();
}

std::vector<office::assessment::ItemDef> items_of(const nlohmann::json& b) {
    std::vector<office::assessment::ItemDef> out;
    if (!b.contains("items")) return out;
    if (!b["items"].is_array()) throw AppError::invalid_field("items");
    for (const auto& i : b["items"])
        out.push_back({p::str(i, "name", 20000), number(i, "max_points"),
                       input::opt_str(i, "source", 40).value_or("scored"), p::str(i, "rule", 20000),
                       input::opt_int(i, "id")});
    return out;
}

std::vector<office::assessment::Score> scores_of(const nlohmann::json& b) {
    std::vector<office::assessment::Score> out;
    if (!b.contains("scores")) return out;
    if (!b["scores"].is_array()) throw AppError::invalid_field("scores");
    for (const auto& s : b["scores"])
        out.push_back({input::req_int(s, "item_id"), number(s, "points"), p::str(s, "evidence", 20000)});
    return out;
}
}  // namespace

void office_assessment(http::Router& r, App& app) {
    using namespace office::assessment;
    r.add({"GET", "/api/v1/office/assessment/sheets", "office:assessment:read"},
          [&app](http::Context& c) { return http::Response::json(200, list_sheets(*app.db, c.user())); });
    r.add({"POST", "/api/v1/office/assessment/sheets", "office:assessment:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        NewSheet s{p::str(b, "name", 20000), p::str(b, "subject_kind", 20), items_of(b)};
        return http::Response::json(201, create_sheet(*app.db, c.user(), c.actor(), c.lang(), s));
    });
    r.add(
        {"GET", "/api/v1/office/assessment/sheets/{id}", "office:assessment:read", "office_score_sheet"},
        [&app](http::Context& c) { return http::Response::json(200, get_sheet(*app.db, c.user(), c.id())); });
    r.add({"PUT", "/api/v1/office/assessment/sheets/{id}", "office:assessment:manage", "office_score_sheet"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              SheetEdit s{input::req_int(b, "version"), p::str(b, "name", 20000), items_of(b)};
              return http::Response::json(200,
                                          update_sheet(*app.db, c.user(), c.actor(), c.lang(), c.id(), s));
          });
    r.add({"GET", "/api/v1/office/assessment/annual", "office:assessment:read"}, [&app](http::Context& c) {
        auto sheet = p::id(c, "sheet_id");
        if (!sheet) throw AppError::missing_field("sheet_id");
        return http::Response::json(200, annual_evaluation(*app.db, c.user(), p::year(c), *sheet));
    });
    r.add({"GET", "/api/v1/office/assessment/results", "office:assessment:read"}, [&app](http::Context& c) {
        return http::Response::json(200, list_annual_results(*app.db, c.user()));
    });
    r.add({"PUT", "/api/v1/office/assessment/results", "office:assessment:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        AnnualResult a{input::req_int(b, "year"),         input::req_int(b, "rank"),
                       input::opt_int(b, "units"),        p::str(b, "grade", 20000),
                       p::str(b, "commendations", 20000), input::opt_int(b, "version")};
        return http::Response::json(200, set_annual_result(*app.db, c.user(), c.actor(), c.lang(), a));
    });
    r.add({"GET", "/api/v1/office/assessments", "office:assessment:read"}, [&app](http::Context& c) {
        return http::Response::json(200,
                                    list_assessments(*app.db, c.user(), p::quarter(c), p::id(c, "sheet_id")));
    });
    r.add({"POST", "/api/v1/office/assessments", "office:assessment:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        NewAssessment a{input::req_int(b, "sheet_id"), p::str(b, "quarter", 20),
                        input::req_int(b, "subject_id"), scores_of(b)};
        return http::Response::json(201, create_assessment(*app.db, c.user(), c.actor(), c.lang(), a));
    });
    r.add({"GET", "/api/v1/office/assessments/preview", "office:assessment:read"}, [&app](http::Context& c) {
        auto sheet = p::id(c, "sheet_id");
        auto subject = p::id(c, "subject_id");
        if (!sheet) throw AppError::missing_field("sheet_id");
        if (!subject) throw AppError::missing_field("subject_id");
        return http::Response::json(
            200, preview_assessment(*app.db, c.user(), c.lang(), *sheet, p::quarter(c), *subject));
    });
    r.add({"GET", "/api/v1/office/assessments/{id}", "office:assessment:read", "office_assessment"},
          [&app](http::Context& c) {
              return http::Response::json(200, get_assessment(*app.db, c.user(), c.id()));
          });
    r.add({"PATCH", "/api/v1/office/assessments/{id}", "office:assessment:manage", "office_assessment"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              return http::Response::json(200,
                                          rescore_assessment(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                                             input::req_int(b, "version"), scores_of(b)));
          });
}

}  // namespace zhixie::routes
