#include "app/routes.hpp"
#include "core/clock.hpp"
#include "core/input.hpp"
#include "domains/staff/staff.hpp"
#include "services/export/xlsx.hpp"

namespace zhixie::routes {

namespace {

constexpr const char* kRead = "org:staff:read";
constexpr const char* kManage = "org:staff:manage";
constexpr std::size_t kUploadLimit = 20u * 1024 * 1024;  // a roster file

staff::Fields fields_from(const nlohmann::json& b) {
    return {input::opt_str(b, "name", 50),        input::opt_str(b, "gender", 10),
            input::opt_str(b, "birth_date", 20),  input::opt_str(b, "id_card", 30),
            input::opt_str(b, "phone", 30),       input::opt_str(b, "rank", 30),
            input::opt_str(b, "post", 30),        input::opt_str(b, "status", 10),
            input::opt_str(b, "joined_on", 20),   input::opt_str(b, "left_on", 20),
            input::opt_nullable_int(b, "body_id")};
}

staff::Query query_from(const http::Context& c) {
    auto [page, size] = c.paging();
    return {c.query("q"),
            input::query_int(c.query("body_id"), "body_id"),
            c.query("status"),
            c.query("rank"),
            page,
            size};
}

staff::Upload upload_from(const http::Context& c) {
    return {c.req().body, c.query("filename", "upload.csv"), import::parse_encoding(c.query("encoding"))};
}

}  // namespace

void staff(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/staff", kRead}, [&app](http::Context& c) {
        return http::Response::json(200, staff::list_staff(*app.db, c.user(), query_from(c)));
    });
    r.add({"POST", "/api/v1/staff", kManage}, [&app](http::Context& c) {
        return http::Response::json(
            201, staff::add_staff(*app.db, c.user(), c.actor(), c.lang(), fields_from(c.body())));
    });
    // before /api/v1/staff/{id}, which would otherwise take "export" for an id
    r.add({"GET", "/api/v1/staff/export", kRead}, [&app](http::Context& c) {
        return http::Response::file(staff::export_xlsx(*app.db, c.user(), query_from(c)),
                                    exporting::kXlsxMime, "机关干部名册-" + clock::today_cst() + ".xlsx");
    });
    for (bool commit : {false, true}) {
        r.add({"POST", commit ? "/api/v1/staff/import" : "/api/v1/staff/import/preview", kManage, "", false,
               kUploadLimit},
              [&app, commit](http::Context& c) {
                  return http::Response::json(200, staff::import_roster(*app.db, c.user(), c.actor(),
                                                                        upload_from(c), c.lang(), commit));
              });
    }
    r.add({"GET", "/api/v1/staff/{id}", kRead, "staff"}, [&app](http::Context& c) {
        return http::Response::json(200, staff::get_staff(*app.db, c.user(), c.id()));
    });
    r.add({"PATCH", "/api/v1/staff/{id}", kManage, "staff"}, [&app](http::Context& c) {
        const auto& b = c.body();
        return http::Response::json(200, staff::update_staff(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                                             input::req_int(b, "version"), fields_from(b)));
    });
    r.add({"POST", "/api/v1/staff/{id}/events", kManage, "staff"}, [&app](http::Context& c) {
        const auto& b = c.body();
        staff::NewEvent e{c.id(),
                          input::req_str(b, "kind", 20),
                          input::opt_str(b, "on_date", 20).value_or(""),
                          input::opt_str(b, "end_date", 20).value_or(""),
                          input::opt_str(b, "detail", 200).value_or(""),
                          input::opt_str(b, "to_rank", 30).value_or("")};
        return http::Response::json(200, staff::record_event(*app.db, c.user(), c.actor(), c.lang(), e));
    });
}

}  // namespace zhixie::routes
