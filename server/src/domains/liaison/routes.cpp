#include "app/routes.hpp"
#include "core/input.hpp"
#include "domains/liaison/liaison.hpp"

namespace zhixie::routes {

namespace {
liaison::NewLink link_of(const nlohmann::json& b, bool with_members) {
    liaison::NewLink l;
    if (with_members) {
        l.level = input::req_str(b, "level", 40);
        l.from_member_id = input::req_int(b, "from_member_id");
        l.to_member_id = input::opt_int(b, "to_member_id");
    }
    l.contact_name = input::opt_str(b, "contact_name", 40).value_or("");
    l.contact_phone = input::opt_str(b, "contact_phone", 20).value_or("");
    l.contact_address = input::opt_str(b, "contact_address", 200).value_or("");
    l.contact_note = input::opt_str(b, "contact_note", 500).value_or("");
    return l;
}

liaison::NewLog log_of(http::Context& c) {
    const auto& b = c.body();
    return {c.id(),
            input::opt_str(b, "contact_date", 10).value_or(""),
            input::opt_str(b, "form", 10).value_or(""),
            input::opt_str(b, "people", 500).value_or(""),
            input::opt_str(b, "issues", 2000).value_or(""),
            input::opt_str(b, "follow_up", 2000).value_or("")};
}
}  // namespace

void liaison(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/liaison/links", "org:liaison:read"}, [&app](http::Context& c) {
        liaison::LinkQuery q{c.query("level"), std::nullopt};
        if (!c.query("member_id").empty()) q.member_id = std::stoll(c.query("member_id"));
        return http::Response::json(200, liaison::list_links(*app.db, c.user(), q));
    });
    r.add({"POST", "/api/v1/liaison/links", "org:liaison:manage"}, [&app](http::Context& c) {
        return http::Response::json(
            201, liaison::create_link(*app.db, c.user(), c.actor(), c.lang(), link_of(c.body(), true)));
    });
    r.add({"DELETE", "/api/v1/liaison/links/{id}", "org:liaison:manage", "liaison_link"},
          [&app](http::Context& c) {
              liaison::end_link(*app.db, c.user(), c.actor(), c.id());
              return http::Response::no_content();
          });
    r.add({"GET", "/api/v1/liaison/uncontacted", "org:liaison:read"}, [&app](http::Context& c) {
        return http::Response::json(200, liaison::uncontacted(*app.db, c.user(), c.query("quarter")));
    });
    r.add({"GET", "/api/v1/liaison/links/{id}/logs", "org:liaison:read", "liaison_link"},
          [&app](http::Context& c) {
              return http::Response::json(200, liaison::list_logs(*app.db, c.user(), c.id()));
          });
    r.add({"POST", "/api/v1/liaison/links/{id}/logs", "org:liaison:manage", "liaison_link"},
          [&app](http::Context& c) {
              return http::Response::json(
                  201, liaison::add_log(*app.db, c.user(), c.actor(), c.lang(), log_of(c), true));
          });
    r.add({"GET", "/api/v1/my/liaison", "org:self:use"}, [&app](http::Context& c) {
        return http::Response::json(200, liaison::my_links(*app.db, c.user()));
    });
    r.add({"POST", "/api/v1/my/liaison/contacts", "org:self:use"}, [&app](http::Context& c) {
        return http::Response::json(
            201, liaison::add_my_contact(*app.db, c.user(), c.actor(), c.lang(), link_of(c.body(), false)));
    });
    r.add({"POST", "/api/v1/my/liaison/{id}/logs", "org:self:use", "liaison_link"}, [&app](http::Context& c) {
        return http::Response::json(
            201, liaison::add_log(*app.db, c.user(), c.actor(), c.lang(), log_of(c), false));
    });
}

}  // namespace zhixie::routes
