#include "app/routes.hpp"
#include "core/error.hpp"
#include "core/input.hpp"
#include "domains/org/lists.hpp"
#include "domains/org/org.hpp"

namespace zhixie::routes {

namespace {

constexpr const char* kRead = "org:structure:read";
constexpr const char* kManage = "org:structure:manage";

std::vector<org::PostSpec> posts_from(const nlohmann::json& body) {
    std::vector<org::PostSpec> out;
    if (!body.contains("posts") || body["posts"].is_null()) return out;
    if (!body["posts"].is_array()) throw AppError::invalid_field("posts");
    for (const auto& p : body["posts"])
        out.push_back({input::req_str(p, "post_kind", 20), input::req_str(p, "title", 50),
                       input::req_int(p, "authorised")});
    return out;
}

void bodies(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/org/bodies", kRead}, [&app](http::Context& c) {
        return http::Response::json(200,
                                    org::list_bodies(*app.db, c.user(), c.query("include_abolished") == "1"));
    });
    r.add({"POST", "/api/v1/org/bodies", kManage}, [&app](http::Context& c) {
        const auto& b = c.body();
        org::NewBody nb{c.user().committee_id,
                        input::req_str(b, "name", 50),
                        input::opt_str(b, "kind", 30).value_or("special_committee"),
                        input::opt_str(b, "established_on", 20).value_or(""),
                        input::opt_int(b, "sort").value_or(0),
                        posts_from(b),
                        input::opt_str(b, "note", 500).value_or("")};
        return http::Response::json(201, org::add_body(*app.db, c.actor(), nb));
    });
    r.add({"GET", "/api/v1/org/bodies/{id}", kRead, "body"}, [&app](http::Context& c) {
        return http::Response::json(200, org::get_body(*app.db, c.user(), c.id()));
    });
    r.add({"PATCH", "/api/v1/org/bodies/{id}", kManage, "body"}, [&app](http::Context& c) {
        const auto& b = c.body();
        org::BodyChange ch{c.id(),
                           input::req_int(b, "version"),
                           input::opt_str(b, "name", 50),
                           input::opt_str(b, "kind", 30),
                           input::opt_int(b, "sort"),
                           input::opt_str(b, "on_date", 20),
                           input::opt_str(b, "note", 500)};
        return http::Response::json(200, org::update_body(*app.db, c.user(), c.actor(), ch));
    });
    r.add({"POST", "/api/v1/org/bodies/{id}/events", kManage, "body"}, [&app](http::Context& c) {
        const auto& b = c.body();
        org::BodyEvent e{c.id(),
                         input::req_str(b, "event", 20),
                         input::opt_str(b, "on_date", 20).value_or(""),
                         input::opt_str(b, "new_name", 50).value_or(""),
                         input::opt_int(b, "into_body_id"),
                         input::opt_str(b, "note", 500).value_or("")};
        return http::Response::json(200, org::apply_body_event(*app.db, c.user(), c.actor(), e));
    });
    r.add({"PUT", "/api/v1/org/bodies/{id}/posts", kManage, "body"}, [&app](http::Context& c) {
        const auto& b = c.body();
        return http::Response::json(200, org::set_body_posts(*app.db, c.user(), c.actor(), c.id(),
                                                             input::req_int(b, "version"), posts_from(b)));
    });
    r.add({"GET", "/api/v1/org/staffing", kRead},
          [&app](http::Context& c) { return http::Response::json(200, org::staffing(*app.db, c.user())); });
    r.add({"GET", "/api/v1/org/history", kRead}, [&app](http::Context& c) {
        org::HistoryQuery q{input::query_int(c.query("body_id"), "body_id"), c.query("from"), c.query("to")};
        return http::Response::json(200, org::history(*app.db, c.user(), q));
    });
}

// Sectors, township groups, studios and units: the same five routes for each list.
void lists(http::Router& r, App& app) {
    for (const auto& spec : org::list_specs()) {
        const std::string base = "/api/v1/org/" + spec.path;
        const org::ListSpec* s = &spec;
        r.add({"GET", base, kRead}, [&app, s](http::Context& c) {
            auto [page, size] = c.paging(200, 500);
            org::ListQuery q{c.query("q"), {}, page, size};
            for (const auto& f : s->fields)
                if (f.type == org::FieldType::choice) q.equal[f.name] = c.query(f.name);
            return http::Response::json(200, org::list_entries(*app.db, c.user(), *s, q));
        });
        r.add({"POST", base, kManage}, [&app, s](http::Context& c) {
            return http::Response::json(
                201, org::add_entry(*app.db, c.user(), c.actor(), *s, org::read_fields(*s, c.body(), true)));
        });
        r.add({"GET", base + "/{id}", kRead, s->object_type}, [&app, s](http::Context& c) {
            return http::Response::json(200, org::get_entry(*app.db, c.user(), *s, c.id()));
        });
        r.add({"PATCH", base + "/{id}", kManage, s->object_type}, [&app, s](http::Context& c) {
            const auto& b = c.body();
            return http::Response::json(
                200, org::update_entry(*app.db, c.user(), c.actor(), *s, c.id(), input::req_int(b, "version"),
                                       org::read_fields(*s, b, false)));
        });
        r.add({"DELETE", base + "/{id}", kManage, s->object_type}, [&app, s](http::Context& c) {
            org::delete_entry(*app.db, c.user(), c.actor(), *s, c.id());
            return http::Response::no_content();
        });
    }
}

void party(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/org/party-orgs", kRead},
          [&app](http::Context& c) { return http::Response::json(200, org::party_tree(*app.db, c.user())); });
    r.add({"POST", "/api/v1/org/party-orgs", kManage}, [&app](http::Context& c) {
        const auto& b = c.body();
        org::NewPartyOrg o{c.user().committee_id,         input::req_str(b, "name", 100),
                           input::req_str(b, "kind", 20), input::opt_int(b, "parent_id"),
                           input::opt_int(b, "body_id"),  input::opt_int(b, "sort").value_or(0)};
        return http::Response::json(201, org::add_party_org(*app.db, c.actor(), o));
    });
    r.add({"GET", "/api/v1/org/party-orgs/{id}", kRead, "party_org"}, [&app](http::Context& c) {
        return http::Response::json(200, org::get_party_org(*app.db, c.user(), c.id()));
    });
    r.add({"PATCH", "/api/v1/org/party-orgs/{id}", kManage, "party_org"}, [&app](http::Context& c) {
        const auto& b = c.body();
        org::PartyOrgChange ch{c.id(),
                               input::req_int(b, "version"),
                               input::opt_str(b, "name", 100),
                               input::opt_int(b, "sort"),
                               input::opt_nullable_int(b, "parent_id"),
                               input::opt_nullable_int(b, "body_id")};
        return http::Response::json(200, org::update_party_org(*app.db, c.user(), c.actor(), ch));
    });
    r.add({"DELETE", "/api/v1/org/party-orgs/{id}", kManage, "party_org"}, [&app](http::Context& c) {
        org::delete_party_org(*app.db, c.user(), c.actor(), c.id());
        return http::Response::no_content();
    });
    r.add({"POST", "/api/v1/org/party-orgs/{id}/members", kManage, "party_org"}, [&app](http::Context& c) {
        const auto& b = c.body();
        org::NewPartyMember m{c.id(), input::req_str(b, "person_kind", 10), input::req_int(b, "person_id"),
                              input::opt_str(b, "role", 10).value_or("成员")};
        return http::Response::json(200, org::join_party_org(*app.db, c.user(), c.actor(), m));
    });
    r.add({"DELETE", "/api/v1/org/party-members/{id}", kManage, "party_member"}, [&app](http::Context& c) {
        org::remove_party_member(*app.db, c.user(), c.actor(), c.id());
        return http::Response::no_content();
    });
}

}  // namespace

void org(http::Router& r, App& app) {
    bodies(r, app);
    lists(r, app);
    party(r, app);
}

}  // namespace zhixie::routes
