#include <fmt/format.h>

#include "app/routes.hpp"
#include "domains/duty/duty_routes.hpp"
#include "core/clock.hpp"
#include "core/input.hpp"
#include "domains/duty/duty.hpp"
#include "domains/office/routes.hpp"
#include "services/export/xlsx.hpp"
#include "services/files/upload.hpp"

namespace zhixie::routes {

namespace {

using office_params::year;

duty::ScoreQuery score_query(const http::Context& c) {
    auto [page, size] = c.paging(20, 500);
    return {year(c),
            c.query_int("sector_id"),
            c.query_int("body_id"),
            c.query("grade"),
            c.query("below"),
            c.query("short") == "1" || c.query("short") == "true",
            c.query("q"),
            page,
            size};
}

// The dossier of a member (or the caller's own) as JSON, print page or .xlsx.
void dossier_routes(http::Router& r, App& app, const std::string& base, const std::string& permission,
                    const std::string& resource, std::function<int64_t(http::Context&)> member) {
    r.add({"GET", base, permission, resource}, [&app, member](http::Context& c) {
        return http::Response::json(200, duty::dossier(*app.db, c.user(), member(c), year(c)));
    });
    r.add({"GET", base + "/print", permission, resource}, [&app, member](http::Context& c) {
        return http::Response::html(duty::dossier_page(*app.db, c.user(), member(c), year(c)));
    });
    r.add({"GET", base + "/export", permission, resource}, [&app, member](http::Context& c) {
        const int y = year(c);
        return http::Response::file(duty::dossier_xlsx(*app.db, c.user(), member(c), y), exporting::kXlsxMime,
                                    fmt::format("履职档案{}.xlsx", y));
    });
}

}  // namespace

void duty(http::Router& r, App& app) {
    // ---- rules ----
    r.add({"GET", "/api/v1/duty/rules", "duty:score:read"}, [&app](http::Context& c) {
        return http::Response::json(200, duty::get_rules(*app.db, c.user(), year(c)));
    });
    r.add({"PUT", "/api/v1/duty/rules", "duty:rules:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        if (!b.contains("rules")) throw AppError::missing_field("rules");
        return http::Response::json(200, duty::update_rules(*app.db, c.user(), c.actor(), c.lang(), year(c),
                                                            input::req_int(b, "version"), b["rules"]));
    });

    // ---- scores, rankings, lists ----
    r.add({"GET", "/api/v1/duty/scores", "duty:score:read"}, [&app](http::Context& c) {
        return http::Response::json(200, duty::list_scores(*app.db, c.user(), score_query(c)));
    });
    r.add({"GET", "/api/v1/duty/scores/export", "duty:score:read"}, [&app](http::Context& c) {
        auto q = score_query(c);
        return http::Response::file(duty::export_scores(*app.db, c.user(), q), exporting::kXlsxMime,
                                    fmt::format("委员履职得分{}.xlsx", q.year));
    });
    r.add({"POST", "/api/v1/duty/scores/recompute", "duty:rules:manage"}, [&app](http::Context& c) {
        return http::Response::json(200, duty::recompute_scores(*app.db, c.user(), c.actor(), year(c)));
    });

    // ---- self-reported duties: the member reports, staff decide ----
    r.add({"POST", "/api/v1/my/duty/reports", "duty:self:use", "", false, files::kUploadBody},
          [&app](http::Context& c) {
              const auto& b = c.body();
              duty::NewReport rep{input::opt_str(b, "kind", 40).value_or(""),
                                  input::opt_str(b, "occurred_on", 10).value_or(""),
                                  input::opt_str(b, "title", 200).value_or(""),
                                  input::opt_str(b, "description", 4000).value_or(""),
                                  "",
                                  ""};
              if (b.contains("evidence") && b["evidence"].is_object()) {
                  rep.filename = input::req_str(b["evidence"], "filename", 300);
                  rep.bytes = files::base64_field(b["evidence"], "content_base64");
              }
              return http::Response::json(201,
                                          duty::report_duty(*app.db, c.user(), c.actor(), c.lang(), rep));
          });
    r.add({"GET", "/api/v1/duty/reports", "duty:report:approve"}, [&app](http::Context& c) {
        auto [page, size] = c.paging();
        return http::Response::json(200,
                                    duty::list_reports(*app.db, c.user(), c.query("status"), page, size));
    });
    for (const bool approve : {true, false})
        r.add({"POST", approve ? "/api/v1/duty/reports/{id}/approve" : "/api/v1/duty/reports/{id}/reject",
               "duty:report:approve", "duty_report"},
              [&app, approve](http::Context& c) {
                  const auto& b = c.body();
                  return http::Response::json(
                      200, duty::decide_report(*app.db, c.user(), c.actor(), c.lang(), c.id(), approve,
                                               input::opt_str(b, "reason", 500).value_or(""),
                                               input::opt_int(b, "version")));
              });
    r.add({"GET", "/api/v1/duty/reports/{id}/evidence", "authenticated", "duty_report"},
          [&app](http::Context& c) {
              auto f = duty::report_evidence(*app.db, c.user(), c.id());
              return http::Response::file(std::move(f.content), f.content_type, f.filename);
          });

    // ---- notices (提醒谈话通知) and advice to resign (劝辞建议) ----
    r.add({"GET", "/api/v1/duty/notices/candidates", "duty:notice:manage"}, [&app](http::Context& c) {
        return http::Response::json(200, duty::notice_candidates(*app.db, c.user(), year(c), c.query("kind"),
                                                                 c.query_int("sector_id")));
    });
    r.add({"GET", "/api/v1/duty/notices", "duty:notice:manage"}, [&app](http::Context& c) {
        return http::Response::json(
            200, duty::list_notices(*app.db, c.user(), year(c), c.query("kind"), c.query("status")));
    });
    r.add({"POST", "/api/v1/duty/notices", "duty:notice:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        return http::Response::json(
            201, duty::issue_notices(*app.db, c.user(), c.actor(), c.lang(), input::req_int(b, "year"),
                                     input::opt_str(b, "kind", 20).value_or(""),
                                     input::opt_int_list(b, "member_ids").value_or(std::vector<int64_t>{})));
    });
    r.add({"POST", "/api/v1/duty/notices/{id}/talk", "duty:notice:manage", "duty_notice"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              duty::Talk t{input::opt_str(b, "talked_on", 10).value_or(""),
                           input::opt_str(b, "talked_by", 200).value_or(""),
                           input::opt_str(b, "note", 4000).value_or(""),
                           input::opt_str(b, "response", 4000).value_or("")};
              return http::Response::json(
                  200, duty::record_notice_talk(*app.db, c.user(), c.actor(), c.lang(), c.id(), t,
                                                input::req_int(b, "version")));
          });
    r.add({"POST", "/api/v1/duty/notices/{id}/withdraw", "duty:notice:manage", "duty_notice"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              return http::Response::json(
                  200, duty::withdraw_notice(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                             input::opt_str(b, "reason", 1000).value_or(""),
                                             input::req_int(b, "version")));
          });
    for (const bool own : {false, true})
        r.add({"GET", own ? "/api/v1/my/duty/notices/{id}/print" : "/api/v1/duty/notices/{id}/print",
               own ? "duty:self:use" : "duty:notice:manage", "duty_notice"},
              [&app, own](http::Context& c) {
                  return http::Response::html(duty::notice_page(*app.db, c.user(), c.id(), own));
              });
    r.add({"GET", "/api/v1/my/duty/notices", "duty:self:use"}, [&app](http::Context& c) {
        return http::Response::json(200, duty::my_notices(*app.db, c.user()));
    });

    // ---- dossiers: any member's (staff, leaders), the caller's own ----
    dossier_routes(r, app, "/api/v1/duty/members/{id}/dossier", "duty:record:read", "member",
                   [](http::Context& c) { return c.id(); });
    dossier_routes(r, app, "/api/v1/my/duty", "duty:self:use", "",
                   [&app](http::Context& c) { return duty::my_member_id(*app.db, c.user()); });
}

}  // namespace zhixie::routes
