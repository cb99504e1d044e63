#include "app/routes.hpp"
#include "core/input.hpp"
#include "domains/proposals/proposals.hpp"
#include "services/files/upload.hpp"
#include "services/export/xlsx.hpp"

namespace zhixie::routes {

namespace {

using proposals::Step;
using proposals::UnitStep;

proposals::ListQuery list_query(const http::Context& c) {
    auto [page, size] = c.paging();
    proposals::ListQuery q;
    q.year = c.query_int("year");
    q.session = c.query_int("session");
    q.state = c.query("state");
    q.category = c.query("category");
    q.kind = c.query("kind");
    q.source = c.query("source");
    q.unit_id = c.query_int("unit_id");
    q.sector_id = c.query_int("sector_id");
    q.member_id = c.query_int("member_id");
    q.q = c.query("q");
    q.metric = c.query("metric");
    q.overdue = c.query("overdue") == "1" || c.query("overdue") == "true";
    q.key = c.query("key") == "1" || c.query("key") == "true";
    q.page = page;
    q.page_size = size;
    return q;
}

Step step_of(http::Context& c, const char* note = "note") {
    const auto& b = c.body();
    return {c.id(), input::opt_int(b, "version"), input::opt_str(b, note, 5000).value_or("")};
}

UnitStep unit_step_of(http::Context& c, const char* note = "note") {
    return {step_of(c, note), input::opt_int(c.body(), "unit_id")};
}

std::vector<int64_t> ids_of(const nlohmann::json& b, const std::string& field) {
    return input::opt_int_list(b, field).value_or(std::vector<int64_t>{});
}

std::vector<proposals::UnitRole> units_of(const nlohmann::json& b) {
    std::vector<proposals::UnitRole> out;
    if (!b.contains("units") || !b["units"].is_array()) throw AppError::missing_field("units");
    for (const auto& x : b["units"]) {
        if (!x.is_object()) throw AppError::invalid_field("units");
        out.push_back({input::req_int(x, "unit_id"), input::opt_str(x, "role", 10).value_or("lead")});
    }
    return out;
}

http::Response ok(const nlohmann::json& j) {
    return http::Response::json(200, j);
}

}  // namespace

void proposals(http::Router& r, App& app) {
    // ---- lists, figures, settings (before /{id}) ----
    r.add({"GET", "/api/v1/proposals", "authenticated"}, [&app](http::Context& c) {
        return ok(proposals::list_proposals(*app.db, c.user(), list_query(c)));
    });
    r.add({"GET", "/api/v1/proposals/cosigner-candidates", "proposal:proposal:submit"},
          [&app](http::Context& c) {
              return ok(proposals::cosigner_candidates(*app.db, c.user(), c.query("q")));
          });
    r.add({"POST", "/api/v1/proposals", "proposal:proposal:submit"}, [&app](http::Context& c) {
        auto d = proposals::draft_from_json(c.body());
        return http::Response::json(201,
                                    proposals::create_proposal(*app.db, c.user(), c.actor(), c.lang(), d));
    });
    r.add({"GET", "/api/v1/proposals/compilation", "proposal:proposal:read"}, [&app](http::Context& c) {
        return http::Response::html(proposals::proposal_compilation(*app.db, c.user(), c.query_int("year")));
    });
    r.add({"GET", "/api/v1/proposals/export", "proposal:proposal:read"}, [&app](http::Context& c) {
        return http::Response::file(proposals::export_proposals(*app.db, c.user(), list_query(c)),
                                    exporting::kXlsxMime, "提案列表.xlsx");
    });
    r.add({"GET", "/api/v1/proposals/stats", "proposal:stats:read"},
          [&app](http::Context& c) { return ok(proposals::stats(*app.db, c.user(), list_query(c))); });
    r.add({"GET", "/api/v1/proposals/todo", "authenticated"},
          [&app](http::Context& c) { return ok(proposals::todo(*app.db, c.user())); });
    r.add({"GET", "/api/v1/proposals/settings", "authenticated"},
          [&app](http::Context& c) { return ok(proposals::get_settings(*app.db, c.user())); });
    r.add({"PUT", "/api/v1/proposals/settings", "proposal:settings:manage"}, [&app](http::Context& c) {
        return ok(proposals::update_settings(*app.db, c.user(), c.actor(), c.lang(), c.body()));
    });
    r.add({"GET", "/api/v1/proposals/campaigns", "proposal:proposal:read"}, [&app](http::Context& c) {
        return ok(proposals::list_campaigns(*app.db, c.user(), c.query_int("year")));
    });
    r.add({"POST", "/api/v1/proposals/campaigns", "proposal:supervise:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        proposals::Campaign k{input::req_str(b, "name", 100), input::req_str(b, "held_on", 10),
                              input::opt_str(b, "leaders", 200).value_or(""),
                              input::opt_str(b, "note", 2000).value_or(""), ids_of(b, "proposal_ids")};
        return http::Response::json(201,
                                    proposals::create_campaign(*app.db, c.user(), c.actor(), c.lang(), k));
    });
    r.add({"GET", "/api/v1/proposals/evaluation", "proposal:stats:read"}, [&app](http::Context& c) {
        return ok(proposals::unit_evaluation(*app.db, c.user(), c.query_int("year")));
    });
    r.add({"PUT", "/api/v1/proposals/evaluation", "proposal:evaluation:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        if (!b.contains("manual_score") || !b["manual_score"].is_number())
            throw AppError::missing_field("manual_score");
        return ok(proposals::set_manual_score(
            *app.db, c.user(), c.actor(), c.lang(), input::req_int(b, "year"), input::req_int(b, "unit_id"),
            b["manual_score"].get<double>(), input::opt_str(b, "note", 500).value_or("")));
    });

    // ---- one proposal ----
    auto add = [&r](const char* method, const std::string& tail, const char* permission, http::Handler h) {
        r.add({method, "/api/v1/proposals/{id}" + tail, permission, "proposal"}, std::move(h));
    };
    add("GET", "", "authenticated",
        [&app](http::Context& c) { return ok(proposals::get_proposal(*app.db, c.user(), c.id())); });
    add("PATCH", "", "proposal:proposal:submit", [&app](http::Context& c) {
        auto d = proposals::draft_from_json(c.body());
        return ok(proposals::update_draft(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                          input::req_int(c.body(), "version"), d));
    });
    add("POST", "/invite", "proposal:proposal:submit", [&app](http::Context& c) {
        return ok(proposals::invite_cosigners(*app.db, c.user(), c.actor(), c.lang(), step_of(c),
                                              ids_of(c.body(), "member_ids"),
                                              input::opt_bool(c.body(), "signed").value_or(false)));
    });
    add("POST", "/cosign", "proposal:proposal:cosign", [&app](http::Context& c) {
        auto accept = input::opt_bool(c.body(), "accept");
        if (!accept) throw AppError::missing_field("accept");
        return ok(proposals::respond_cosign(*app.db, c.user(), c.actor(), c.id(), *accept));
    });
    for (const char* t : {"submit", "withdraw", "resubmit"})
        add("POST", std::string("/") + t, "proposal:proposal:submit", [&app, t](http::Context& c) {
            return ok(proposals::proposer_step(*app.db, c.user(), c.actor(), c.lang(), step_of(c), t));
        });
    add("POST", "/review", "proposal:proposal:review", [&app](http::Context& c) {
        const auto& b = c.body();
        proposals::Review rv{step_of(c), input::req_str(b, "outcome", 20),
                             input::opt_str(b, "category", 40).value_or(""),
                             input::opt_str(b, "ground", 100).value_or(""),
                             input::opt_str(b, "converted_to", 20).value_or("")};
        return ok(proposals::review_proposal(*app.db, c.user(), c.actor(), c.lang(), rv));
    });
    add("POST", "/merge", "proposal:proposal:review", [&app](http::Context& c) {
        return ok(proposals::merge_proposals(*app.db, c.user(), c.actor(), c.lang(), step_of(c),
                                             ids_of(c.body(), "proposal_ids")));
    });
    add("POST", "/assign", "proposal:proposal:assign", [&app](http::Context& c) {
        return ok(proposals::assign_proposal(*app.db, c.user(), c.actor(), c.lang(), step_of(c),
                                             units_of(c.body())));
    });
    add("POST", "/sign", "proposal:proposal:handle", [&app](http::Context& c) {
        return ok(proposals::sign_assignment(*app.db, c.user(), c.actor(), unit_step_of(c)));
    });
    add("POST", "/object", "proposal:proposal:handle", [&app](http::Context& c) {
        return ok(
            proposals::object_assignment(*app.db, c.user(), c.actor(), c.lang(), unit_step_of(c, "reason")));
    });
    add("POST", "/contacts", "proposal:proposal:handle", [&app](http::Context& c) {
        const auto& b = c.body();
        proposals::Contact k{unit_step_of(c), input::opt_str(b, "form", 10).value_or(""),
                             input::opt_str(b, "contact_date", 10).value_or("")};
        return ok(proposals::add_contact(*app.db, c.user(), c.actor(), c.lang(), k));
    });
    add("POST", "/extension", "proposal:proposal:handle", [&app](http::Context& c) {
        const auto& b = c.body();
        proposals::Extension x{unit_step_of(c), input::req_int(b, "days"),
                               input::opt_str(b, "reason", 2000).value_or("")};
        return ok(proposals::request_extension(*app.db, c.user(), c.actor(), c.lang(), x));
    });
    add("POST", "/extension/decision", "proposal:proposal:assign", [&app](http::Context& c) {
        auto approve = input::opt_bool(c.body(), "approve");
        if (!approve) throw AppError::missing_field("approve");
        return ok(proposals::decide_extension(*app.db, c.user(), c.actor(), c.lang(), step_of(c), *approve));
    });
    add("POST", "/chase", "proposal:proposal:assign", [&app](http::Context& c) {
        return ok(proposals::chase_proposal(*app.db, c.user(), c.actor(), c.lang(), step_of(c),
                                            input::opt_int(c.body(), "unit_id")));
    });
    for (bool opinion : {false, true})
        add("POST", opinion ? "/opinion" : "/reply", "proposal:proposal:handle",
            [&app, opinion](http::Context& c) {
                const auto& b = c.body();
                proposals::ReplyText t{unit_step_of(c), input::opt_str(b, "text", 20000).value_or(""),
                                       input::opt_str(b, "reply_class", 2).value_or(""), opinion};
                return ok(proposals::write_reply(*app.db, c.user(), c.actor(), c.lang(), t));
            });
    add("POST", "/reply-review", "proposal:proposal:review", [&app](http::Context& c) {
        const auto& b = c.body();
        auto approve = input::opt_bool(b, "approve");
        if (!approve) throw AppError::missing_field("approve");
        return ok(proposals::review_reply(*app.db, c.user(), c.actor(), c.lang(), step_of(c), *approve,
                                          input::opt_str(b, "reply_class", 2).value_or("")));
    });
    add("POST", "/feedback", "proposal:proposal:feedback", [&app](http::Context& c) {
        const auto& b = c.body();
        proposals::Feedback f{step_of(c, "comment"), input::opt_str(b, "work", 10).value_or(""),
                              input::opt_str(b, "result", 10).value_or("")};
        return ok(proposals::give_feedback(*app.db, c.user(), c.actor(), c.lang(), f));
    });
    add("POST", "/close", "proposal:proposal:close", [&app](http::Context& c) {
        return ok(proposals::close_proposal(*app.db, c.user(), c.actor(), step_of(c)));
    });
    add("POST", "/key", "proposal:supervise:manage", [&app](http::Context& c) {
        const auto& b = c.body();
        return ok(proposals::mark_key(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                      input::opt_bool(b, "key").value_or(true),
                                      input::opt_str_list(b, "leaders").value_or(std::vector<std::string>{}),
                                      input::opt_str(b, "note", 2000).value_or("")));
    });
    add("POST", "/supervision-notes", "proposal:supervise:manage", [&app](http::Context& c) {
        const auto& b = c.body();
        return ok(proposals::add_supervision_note(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                                  input::opt_str(b, "kind", 10).value_or("note"),
                                                  input::opt_str(b, "text", 5000).value_or("")));
    });

    // ---- attachments: {"filename", "content_base64"} in; the file itself out ----
    r.add({"POST", "/api/v1/proposals/{id}/attachments", "authenticated", "proposal", false,
           files::kUploadBody},
          [&app](http::Context& c) {
              const auto& b = c.body();
              return http::Response::json(
                  201, proposals::add_attachment(*app.db, c.user(), c.actor(), c.id(),
                                                 input::req_str(b, "filename", 300),
                                                 files::base64_field(b, "content_base64")));
          });
    r.add({"GET", "/api/v1/proposal-attachments/{id}", "authenticated", "proposal_attachment"},
          [&app](http::Context& c) {
              auto f = proposals::get_attachment(*app.db, c.user(), c.id());
              return http::Response::file(std::move(f.content), f.content_type, f.filename);
          });
    r.add({"DELETE", "/api/v1/proposal-attachments/{id}", "authenticated", "proposal_attachment"},
          [&app](http::Context& c) {
              proposals::remove_attachment(*app.db, c.user(), c.actor(), c.id());
              return http::Response::no_content();
          });
}

}  // namespace zhixie::routes
