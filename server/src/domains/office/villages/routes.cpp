#include "core/input.hpp"
#include "domains/office/routes.hpp"
#include "domains/office/villages/routes.hpp"
#include "domains/office/villages/villages.hpp"

namespace zhixie::routes {

namespace {
namespace p = office_params;
constexpr size_t kText = 5000;

office::villages::VillageFields village_of(const nlohmann::json& b) {
    return {p::str(b, "name", kText), p::str(b, "township", kText), p::str(b, "county", kText),
            p::str(b, "note", kText)};
}
office::villages::FundFields fund_of(const nlohmann::json& b) {
    return {p::str(b, "source", kText), input::opt_int(b, "amount_fen"), p::str(b, "received_on", kText),
            p::str(b, "note", kText)};
}
office::villages::CadreFields cadre_of(const nlohmann::json& b, int64_t staff_id) {
    return {staff_id, p::str(b, "role", kText), p::str(b, "start_date", kText), p::str(b, "end_date", kText)};
}
office::villages::ProjectFields project_of(const nlohmann::json& b) {
    return {p::str(b, "name", kText),   p::str(b, "kind", kText), p::str(b, "started_on", kText),
            p::str(b, "status", kText), p::str(b, "note", kText), input::opt_int(b, "budget_fen")};
}
}  // namespace

void office_villages(http::Router& r, App& app) {
    using namespace office::villages;
    r.add({"GET", "/api/v1/office/villages", "office:village:read"}, [&app](http::Context& c) {
        return http::Response::json(200, list_villages(*app.db, c.user(), p::year(c)));
    });
    r.add({"POST", "/api/v1/office/villages", "office:village:manage"}, [&app](http::Context& c) {
        return http::Response::json(
            201, create_village(*app.db, c.user(), c.actor(), c.lang(), village_of(c.body())));
    });
    r.add({"GET", "/api/v1/office/villages/{id}", "office:village:read", "office_village"},
          [&app](http::Context& c) {
              return http::Response::json(200, get_village(*app.db, c.user(), c.id()));
          });
    r.add({"PATCH", "/api/v1/office/villages/{id}", "office:village:manage", "office_village"},
          [&app](http::Context& c) {
              return http::Response::json(
                  200, update_village(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                      input::req_int(c.body(), "version"), village_of(c.body())));
          });
    r.add({"POST", "/api/v1/office/villages/{id}/cadres", "office:village:manage", "office_village"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              return http::Response::json(201, station_cadre(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                                             cadre_of(b, input::req_int(b, "staff_id"))));
          });
    r.add({"PATCH", "/api/v1/office/village-cadres/{id}", "office:village:manage", "office_village_cadre"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              return http::Response::json(200, update_cadre(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                                            input::req_int(b, "version"), cadre_of(b, 0)));
          });
    r.add({"POST", "/api/v1/office/villages/{id}/funds", "office:village:manage", "office_village"},
          [&app](http::Context& c) {
              return http::Response::json(
                  201, record_fund(*app.db, c.user(), c.actor(), c.lang(), c.id(), fund_of(c.body())));
          });
    r.add({"PATCH", "/api/v1/office/village-funds/{id}", "office:village:manage", "office_village_fund"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              return http::Response::json(200, update_fund(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                                           input::req_int(b, "version"), fund_of(b)));
          });
    r.add({"DELETE", "/api/v1/office/village-funds/{id}", "office:village:manage", "office_village_fund"},
          [&app](http::Context& c) {
              delete_fund(*app.db, c.user(), c.actor(), c.id());
              return http::Response::no_content();
          });
    r.add({"POST", "/api/v1/office/villages/{id}/projects", "office:village:manage", "office_village"},
          [&app](http::Context& c) {
              return http::Response::json(
                  201, create_project(*app.db, c.user(), c.actor(), c.lang(), c.id(), project_of(c.body())));
          });
    r.add(
        {"PATCH", "/api/v1/office/village-projects/{id}", "office:village:manage", "office_village_project"},
        [&app](http::Context& c) {
            return http::Response::json(
                200, update_project(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                    input::req_int(c.body(), "version"), project_of(c.body())));
        });
    r.add({"POST", "/api/v1/office/village-projects/{id}/progress", "office:village:manage",
           "office_village_project"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              ProgressFields f{p::str(b, "on_date", kText), p::str(b, "note", kText),
                               input::opt_int(b, "percent")};
              return http::Response::json(201,
                                          record_progress(*app.db, c.user(), c.actor(), c.lang(), c.id(), f));
          });
}

}  // namespace zhixie::routes
