#include "app/routes.hpp"
#include "core/input.hpp"
#include "domains/members/members.hpp"
#include "services/export/xlsx.hpp"

namespace zhixie::routes {

namespace {

std::optional<int64_t> opt_id(const http::Context& c, const std::string& name) {
    std::string v = c.query(name);
    if (v.empty()) return std::nullopt;
    try {
        return std::stoll(v);
    } catch (const std::exception&) {
        throw AppError::invalid_field(name);
    }
}

members::MemberQuery member_query(const http::Context& c) {
    auto [page, size] = c.paging();
    members::MemberQuery q;
    q.term_id = opt_id(c, "term_id");
    q.q = c.query("q");
    q.sector_id = opt_id(c, "sector_id");
    q.body_id = opt_id(c, "body_id");
    q.township_group_id = opt_id(c, "township_group_id");
    q.status = c.query("status");
    if (!c.query("standing").empty())
        q.standing = c.query("standing") == "1" || c.query("standing") == "true";
    q.page = page;
    q.page_size = size;
    return q;
}

import::Encoding encoding_of(const http::Context& c){std::string e = c.query("encoding", "auto");
if (e == "utf8" || e == "utf-8") return import::Encoding::utf8;
if (e == "gb18030" || e == "gbk") return import::Encoding::gb18030;
return import::Encoding::automatic;
}  // namespace

constexpr std::size_t kUploadLimit = 20u * 1024 * 1024;

}  // namespace zhixie::routes

void members(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/members", "org:member:read"}, [&app](http::Context& c) {
        return http::Response::json(200, members::list_members(*app.db, c.user(), member_query(c)));
    });
    r.add({"POST", "/api/v1/members", "org:member:manage"}, [&app](http::Context& c) {
        auto f = members::fields_from_json(c.body());
        return http::Response::json(201, members::create_member(*app.db, c.user(), c.actor(), c.lang(), f));
    });
    r.add({"GET", "/api/v1/members/export", "org:member:read"}, [&app](http::Context& c) {
        auto q = member_query(c);
        return http::Response::file(members::export_members(*app.db, c.user(), q), exporting::kXlsxMime,
                                    "委员名册.xlsx");
    });
    r.add({"GET", "/api/v1/members/terms", "org:member:read"}, [&app](http::Context& c) {
        return http::Response::json(200, members::list_terms(*app.db, c.user()));
    });
    r.add({"POST", "/api/v1/members/terms", "org:member:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        members::NewTerm t{input::req_int(b, "number"),
                           input::req_str(b, "name", 40),
                           input::req_str(b, "start_date", 10),
                           {}};
        if (b.contains("continuing") && b["continuing"].is_array())
            for (const auto& x : b["continuing"])
                if (x.is_number_integer()) t.continuing.push_back(x.get<int64_t>());
        return http::Response::json(201, members::roll_over_term(*app.db, c.user(), c.actor(), c.lang(), t));
    });
    for (bool commit : {false, true}) {
        r.add({"POST", commit ? "/api/v1/members/import" : "/api/v1/members/import/preview",
               "org:member:manage", "", false, kUploadLimit},
              [&app, commit](http::Context& c) {
                  return http::Response::json(
                      200, members::import_members(*app.db, c.user(), c.actor(), c.lang(), c.req().body,
                                                   c.query("filename"), encoding_of(c), commit));
              });
    }
    r.add({"GET", "/api/v1/members/contact-changes", "org:member:approve"}, [&app](http::Context& c) {
        return http::Response::json(
            200, members::list_contact_changes(*app.db, c.user(), c.query("status", "pending")));
    });
    for (bool approve : {true, false}) {
        r.add({"POST",
               approve ? "/api/v1/members/contact-changes/{id}/approve"
                       : "/api/v1/members/contact-changes/{id}/reject",
               "org:member:approve", "contact_change"},
              [&app, approve](http::Context& c) {
                  auto note = input::opt_str(c.body(), "note", 500).value_or("");
                  return http::Response::json(200, members::decide_contact_change(
                                                       *app.db, c.user(), c.actor(), c.id(), approve, note));
              });
    }
    r.add({"GET", "/api/v1/members/{id}", "org:member:read", "member"}, [&app](http::Context& c) {
        return http::Response::json(200, members::get_member(*app.db, c.user(), c.id()));
    });
    r.add({"PATCH", "/api/v1/members/{id}", "org:member:manage", "member"}, [&app](http::Context& c) {
        const auto& b = c.body();
        auto f = members::fields_from_json(b);
        return http::Response::json(200, members::update_member(*app.db, c.user(), c.actor(), c.lang(),
                                                                c.id(), input::req_int(b, "version"), f));
    });
    r.add({"POST", "/api/v1/members/{id}/account", "org:member:manage", "member"}, [&app](http::Context& c) {
        return http::Response::json(201, members::enable_account(*app.db, c.user(), c.actor(), c.id()));
    });
    r.add({"GET", "/api/v1/my/member", "org:self:use"}, [&app](http::Context& c) {
        return http::Response::json(200, members::my_member(*app.db, c.user()));
    });
    r.add({"POST", "/api/v1/my/member/contact-change", "org:self:use"}, [&app](http::Context& c) {
        return http::Response::json(
            201, members::request_contact_change(*app.db, c.user(), c.actor(), c.lang(), c.body()));
    });
}

}  // namespace zhixie::routes
