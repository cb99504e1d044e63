#include <fmt/format.h>

#include "app/routes.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "core/input.hpp"
#include "domains/meetings/meetings.hpp"
#include "services/export/xlsx.hpp"
#include "services/files/attachments.hpp"

namespace zhixie::routes {

namespace {
constexpr std::size_t kUploadBody = files::kMaxAttachmentBytes / 3 * 4 + 64 * 1024;

// {"filename", "content_base64"}: the name and the decoded bytes.
std::pair<std::string, std::string> upload_of(const nlohmann::json& b) {
    const auto name = input::req_str(b, "filename", 300);
    const auto text = input::req_str(b, "content_base64", kUploadBody);
    try {
        return {name, crypto::base64_decode(text)};
    } catch (const std::runtime_error&) {
        throw AppError::invalid_field("content_base64", "base64");
    }
}

int year_of(const http::Context& c) {
    auto y = c.query_int("year");
    if (!y) return std::stoi(clock::today_cst().substr(0, 4));
    if (*y < 1949 || *y > 2200) throw AppError::invalid_field("year");
    return static_cast<int>(*y);
}

meetings::StatsQuery stats_query(const http::Context& c) {
    return {year_of(c), c.query("kind"), c.query_int("sector_id")};
}

std::string quarter_of(const http::Context& c) {
    auto q = c.query("quarter");
    if (q.empty()) {
        const auto today = clock::today_cst();
        return today.substr(0, 4) + "Q" + std::to_string((std::stoi(today.substr(5, 2)) + 2) / 3);
    }
    if (q.size() != 6 || q[4] != 'Q' || q[5] < '1' || q[5] > '4' ||
        q.substr(0, 4).find_first_not_of("0123456789") != std::string::npos)
        throw AppError::invalid_field("quarter");
    return q;
}
}  // namespace

void meetings(http::Router& r, App& app) {
    using namespace zhixie::meetings;
    // ---- staff ----
    r.add({"GET", "/api/v1/meetings", "meetings:meeting:read"}, [&app](http::Context& c) {
        auto [page, size] = c.paging(20, 500);
        MeetingQuery q{c.query("kind"),
                       c.query("from"),
                       c.query("to"),
                       c.query("q"),
                       c.query_int("party_org_id"),
                       page,
                       size};
        return http::Response::json(200, list_meetings(*app.db, c.user(), q));
    });
    r.add({"POST", "/api/v1/meetings", "meetings:meeting:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        return http::Response::json(201, create_meeting(*app.db, c.user(), c.actor(), c.lang(),
                                                        meeting_fields_of(b), invite_rules_of(b)));
    });
    r.add({"GET", "/api/v1/meetings/stats", "meetings:meeting:read"}, [&app](http::Context& c) {
        return http::Response::json(200, attendance_stats(*app.db, c.user(), stats_query(c)));
    });
    r.add({"GET", "/api/v1/meetings/stats/export", "meetings:meeting:read"}, [&app](http::Context& c) {
        auto q = stats_query(c);
        return http::Response::file(attendance_stats_xlsx(*app.db, c.user(), q), exporting::kXlsxMime,
                                    fmt::format("会议出勤统计{}.xlsx", q.year));
    });
    r.add({"GET", "/api/v1/meetings/{id}", "meetings:meeting:read", "meeting"}, [&app](http::Context& c) {
        return http::Response::json(200, get_meeting(*app.db, c.user(), c.id()));
    });
    r.add({"PATCH", "/api/v1/meetings/{id}", "meetings:meeting:manage", "meeting"}, [&app](http::Context& c) {
        const auto& b = c.body();
        return http::Response::json(200, update_meeting(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                                        input::req_int(b, "version"), meeting_fields_of(b)));
    });
    r.add({"POST", "/api/v1/meetings/{id}/cancel", "meetings:meeting:manage", "meeting"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              return http::Response::json(
                  200,
                  cancel_meeting(*app.db, c.user(), c.actor(), c.lang(), c.id(), input::req_int(b, "version"),
                                 input::opt_str(b, "reason", 1000).value_or("")));
          });
    r.add({"DELETE", "/api/v1/meetings/{id}", "meetings:meeting:manage", "meeting"},
          [&app](http::Context& c) {
              // the version in the body ({"version": n}) or the query (?version=n)
              auto version = c.query_int("version");
              if (!version) version = input::opt_int(c.body(), "version");
              delete_meeting(*app.db, c.user(), c.actor(), c.id(), version);
              return http::Response::no_content();
          });
    r.add({"POST", "/api/v1/meetings/{id}/invitees", "meetings:meeting:manage", "meeting"},
          [&app](http::Context& c) {
              return http::Response::json(
                  200, invite(*app.db, c.user(), c.actor(), c.lang(), c.id(), invite_rules_of(c.body())));
          });
    r.add({"POST", "/api/v1/meetings/{id}/attendance", "meetings:meeting:manage", "meeting"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              auto ids = input::opt_int_list(b, "invitee_ids").value_or(std::vector<int64_t>{});
              if (auto one = input::opt_int(b, "invitee_id")) ids.push_back(*one);
              return http::Response::json(200, mark_attendance(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                                               ids, input::req_str(b, "attendance", 20),
                                                               input::opt_str(b, "note", 500).value_or("")));
          });
    r.add({"POST", "/api/v1/meetings/{id}/leave-decisions", "meetings:meeting:manage", "meeting"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              auto approve = input::opt_bool(b, "approve");
              if (!approve) throw AppError::missing_field("approve");
              return http::Response::json(
                  200, decide_leave(*app.db, c.user(), c.actor(), c.id(), input::req_int(b, "invitee_id"),
                                    *approve, input::opt_str(b, "note", 500).value_or("")));
          });
    r.add({"POST", "/api/v1/meetings/{id}/close", "meetings:meeting:manage", "meeting"},
          [&app](http::Context& c) {
              return http::Response::json(200, close_meeting(*app.db, c.user(), c.actor(), c.id()));
          });
    r.add(
        {"GET", "/api/v1/meetings/{id}/qr", "meetings:meeting:manage", "meeting"},
        [&app](http::Context& c) { return http::Response::json(200, qr_token(*app.db, c.user(), c.id())); });
    r.add({"POST", "/api/v1/meetings/{id}/speeches", "meetings:meeting:manage", "meeting"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              return http::Response::json(201, add_speech(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                                          input::opt_int(b, "member_id"),
                                                          input::opt_str(b, "speaker", 100).value_or(""),
                                                          input::opt_str(b, "title", 1000).value_or(""),
                                                          input::opt_str(b, "text", 200000).value_or("")));
          });
    r.add({"POST", "/api/v1/meetings/{id}/attachments", "meetings:meeting:manage", "meeting", false,
           kUploadBody},
          [&app](http::Context& c) {
              auto [name, bytes] = upload_of(c.body());
              return http::Response::json(
                  201, add_attachment(*app.db, c.user(), c.actor(), "meeting", c.id(), name, bytes));
          });
    r.add({"GET", "/api/v1/meetings/{id}/duty-records", "meetings:meeting:read", "meeting"},
          [&app](http::Context& c) {
              return http::Response::json(200, meeting_duty_records(*app.db, c.user(), c.id()));
          });
    r.add({"GET", "/api/v1/meeting-attachments/{id}", "meetings:meeting:read", "meeting_attachment"},
          [&app](http::Context& c) {
              auto f = get_attachment(*app.db, c.user(), c.id());
              return http::Response::file(std::move(f.content), f.content_type, f.filename);
          });

    // ---- the member's own ----
    r.add({"GET", "/api/v1/my/meetings", "meetings:self:use"}, [&app](http::Context& c) {
        return http::Response::json(200, my_meetings(*app.db, c.user(), c.query("upcoming") == "1"));
    });
    r.add({"POST", "/api/v1/my/meetings/sign-in", "meetings:self:use"}, [&app](http::Context& c) {
        return http::Response::json(
            200, sign_in(*app.db, c.user(), c.actor(), input::req_str(c.body(), "token", 300)));
    });
    r.add({"GET", "/api/v1/my/meetings/{id}", "meetings:self:use", "meeting"}, [&app](http::Context& c) {
        return http::Response::json(200, my_meeting(*app.db, c.user(), c.id()));
    });
    r.add({"POST", "/api/v1/my/meetings/{id}/leave", "meetings:self:use", "meeting"},
          [&app](http::Context& c) {
              return http::Response::json(
                  200, request_leave(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                     input::opt_str(c.body(), "reason", 1000).value_or("")));
          });
    r.add({"GET", "/api/v1/my/calendar", "meetings:self:use"},
          [&app](http::Context& c) { return http::Response::json(200, calendar_link(*app.db, c.user())); });
    r.add({"GET", "/api/v1/calendar.ics", "public"}, [&app](http::Context& c) {
        http::Response res;
        res.body = calendar_feed(*app.db, c.query("token"));
        res.content_type = "text/calendar; charset=utf-8";
        res.set_header("Cache-Control", "no-store");
        return res;
    });

    // ---- donations and deeds ----
    r.add({"GET", "/api/v1/donation-campaigns", "meetings:donation:read"},
          [&app](http::Context& c) { return http::Response::json(200, list_campaigns(*app.db, c.user())); });
    r.add({"POST", "/api/v1/donation-campaigns", "meetings:donation:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        return http::Response::json(201, create_campaign(*app.db, c.user(), c.actor(), c.lang(),
                                                         input::opt_str(b, "title", 1000).value_or(""),
                                                         input::opt_str(b, "description", 20000).value_or(""),
                                                         input::opt_str(b, "starts_on", 100).value_or("")));
    });
    r.add({"GET", "/api/v1/donation-campaigns/{id}", "meetings:donation:read", "donation_campaign"},
          [&app](http::Context& c) {
              return http::Response::json(200, get_campaign(*app.db, c.user(), c.id()));
          });
    r.add({"POST", "/api/v1/donation-campaigns/{id}/donations", "meetings:donation:manage",
           "donation_campaign"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              // amounts may come as text ("1234.56", exact) or as whole numbers
              auto amount = [&b](const char* f) {
                  if (!b.contains(f) || b[f].is_null()) return std::string();
                  if (b[f].is_number_integer()) return std::to_string(b[f].get<int64_t>());
                  if (!b[f].is_string()) throw AppError::invalid_field(f);
                  return b[f].get<std::string>();
              };
              DonationFields f{input::req_int(b, "member_id"), amount("cash"), amount("goods_value"),
                               input::opt_str(b, "goods", 2000).value_or(""),
                               input::opt_str(b, "donated_on", 100).value_or("")};
              return http::Response::json(201,
                                          add_donation(*app.db, c.user(), c.actor(), c.lang(), c.id(), f));
          });
    r.add({"GET", "/api/v1/deeds", "meetings:donation:read"}, [&app](http::Context& c) {
        return http::Response::json(200, list_deeds(*app.db, c.user(), c.query("status")));
    });
    r.add({"POST", "/api/v1/deeds", "meetings:donation:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        return http::Response::json(
            201, create_deed(*app.db, c.user(), c.actor(), c.lang(), input::req_int(b, "member_id"),
                             input::opt_str(b, "title", 1000).value_or(""),
                             input::opt_str(b, "description", 20000).value_or(""),
                             input::opt_str(b, "done_on", 100).value_or("")));
    });
    r.add({"POST", "/api/v1/deeds/{id}/attachments", "meetings:donation:manage", "deed", false, kUploadBody},
          [&app](http::Context& c) {
              auto [name, bytes] = upload_of(c.body());
              return http::Response::json(
                  201, add_attachment(*app.db, c.user(), c.actor(), "deed", c.id(), name, bytes));
          });
    r.add({"POST", "/api/v1/deeds/{id}/decision", "meetings:donation:manage", "deed"},
          [&app](http::Context& c) {
              auto confirm = input::opt_bool(c.body(), "confirm");
              if (!confirm) throw AppError::missing_field("confirm");
              return http::Response::json(200, decide_deed(*app.db, c.user(), c.actor(), c.id(), *confirm));
          });

    // ---- Party life ----
    r.add({"GET", "/api/v1/party-life/requirements", "party:life:read"},
          [&app](http::Context&) { return http::Response::json(200, party_requirements(*app.db)); });
    r.add({"GET", "/api/v1/party-life/status", "party:life:read"}, [&app](http::Context& c) {
        return http::Response::json(200, party_life_status(*app.db, c.user(), quarter_of(c)));
    });
}

}  // namespace zhixie::routes
