#include "app/routes.hpp"
#include "core/input.hpp"
#include "domains/consultation/consultation.hpp"
#include "domains/office/routes.hpp"

namespace zhixie::routes {

namespace {
namespace p = office_params;
namespace cs = zhixie::consultation;
constexpr size_t kText = 20000;

cs::People people(const nlohmann::json& b) {
    cs::People out;
    out.member_ids = input::opt_int_list(b, "member_ids").value_or(std::vector<int64_t>{});
    out.unit_ids = input::opt_int_list(b, "unit_ids").value_or(std::vector<int64_t>{});
    if (b.contains("leaders")) {
        if (!b["leaders"].is_array()) throw AppError::invalid_field("leaders");
        for (const auto& l : b["leaders"]) {
            if (!l.is_object()) throw AppError::invalid_field("leaders");
            out.leaders.push_back({p::str(l, "name", 100), p::str(l, "title", 100)});
        }
    }
    return out;
}

cs::ActivityFields activity(const nlohmann::json& b) {
    return {p::str(b, "form", 40),
            p::str(b, "title", kText),
            p::str(b, "held_on", 40),
            p::str(b, "place", kText),
            p::str(b, "summary", kText),
            input::opt_int(b, "topic_id"),
            people(b)};
}

cs::SupervisionFields supervision(const nlohmann::json& b) {
    return {p::str(b, "mode", 40),        p::str(b, "subject", kText), p::str(b, "description", kText),
            p::str(b, "findings", kText), p::str(b, "started_on", 40), people(b)};
}

cs::Entry entry(const nlohmann::json& b) {
    return {p::str(b, "kind", 40),        p::str(b, "entry_date", 40),   p::str(b, "title", kText),
            p::str(b, "category", kText), p::str(b, "person", kText),    p::str(b, "place", kText),
            p::str(b, "text", kText),     input::opt_int(b, "member_id")};
}

cs::ListQuery list_query(const http::Context& c, const std::string& kind_param) {
    auto [page, size] = c.paging();
    cs::ListQuery q;
    if (auto y = p::id(c, "year")) q.year = static_cast<int>(*y);
    q.kind = c.query(kind_param);
    q.page = page;
    q.page_size = size;
    return q;
}

void topics(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/consultation/topics", "consultation:topic:read"}, [&app](http::Context& c) {
        return http::Response::json(200, cs::list_topics(*app.db, c.user(), p::year(c), c.query("state")));
    });
    r.add({"POST", "/api/v1/consultation/topics", "consultation:topic:propose"}, [&app](http::Context& c) {
        const auto& b = c.body();
        cs::NewTopic t{p::str(b, "title", kText), p::str(b, "description", kText), input::opt_int(b, "year")};
        return http::Response::json(201, cs::propose_topic(*app.db, c.user(), c.actor(), c.lang(), t));
    });
    r.add({"GET", "/api/v1/consultation/topics/{id}", "consultation:topic:read", "consultation_topic"},
          [&app](http::Context& c) {
              return http::Response::json(200, cs::get_topic(*app.db, c.user(), c.id()));
          });
    // the engine checks that the caller holds the permission of the step (recommend, pick, select, decide)
    r.add({"POST", "/api/v1/consultation/topics/{id}/steps", "consultation:topic:read", "consultation_topic"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              cs::TopicStep s{input::req_str(b, "transition", 40), p::str(b, "note", kText),
                              input::opt_int(b, "version"),        p::str(b, "form", 40),
                              p::str(b, "planned_month", 40),      input::opt_int(b, "lead_body_id")};
              return http::Response::json(
                  200, cs::take_topic_step(*app.db, c.user(), c.actor(), c.lang(), c.id(), s));
          });
    r.add({"GET", "/api/v1/consultation/plan", "consultation:topic:read"}, [&app](http::Context& c) {
        return http::Response::json(200, cs::annual_plan(*app.db, c.user(), p::year(c)));
    });
    r.add({"GET", "/api/v1/consultation/plan/print", "consultation:topic:read"}, [&app](http::Context& c) {
        return http::Response::html(cs::print_plan(*app.db, c.user(), p::year(c)));
    });
}

void activities(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/consultation/activities", "consultation:activity:read"}, [&app](http::Context& c) {
        return http::Response::json(200, cs::list_activities(*app.db, c.user(), list_query(c, "form")));
    });
    r.add({"POST", "/api/v1/consultation/activities", "consultation:activity:manage"},
          [&app](http::Context& c) {
              return http::Response::json(
                  201, cs::create_activity(*app.db, c.user(), c.actor(), c.lang(), activity(c.body())));
          });
    r.add({"GET", "/api/v1/consultation/activities/{id}", "consultation:activity:read",
           "consultation_activity"},
          [&app](http::Context& c) {
              return http::Response::json(200, cs::get_activity(*app.db, c.user(), c.id()));
          });
    r.add({"PATCH", "/api/v1/consultation/activities/{id}", "consultation:activity:manage",
           "consultation_activity"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              return http::Response::json(200,
                                          cs::update_activity(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                                              input::req_int(b, "version"), activity(b)));
          });
    r.add({"POST", "/api/v1/consultation/activities/{id}/entries", "consultation:activity:manage",
           "consultation_activity"},
          [&app](http::Context& c) {
              return http::Response::json(201, cs::add_entry(*app.db, c.user(), c.actor(), c.lang(),
                                                             "activity", c.id(), entry(c.body())));
          });
}

void supervision_items(http::Router& r, App& app) {
    r.add({"GET", "/api/v1/consultation/supervision", "consultation:supervision:read"},
          [&app](http::Context& c) {
              return http::Response::json(200,
                                          cs::list_supervision(*app.db, c.user(), list_query(c, "mode")));
          });
    r.add({"POST", "/api/v1/consultation/supervision", "consultation:supervision:manage"},
          [&app](http::Context& c) {
              return http::Response::json(
                  201, cs::create_supervision(*app.db, c.user(), c.actor(), c.lang(), supervision(c.body())));
          });
    r.add(
        {"GET", "/api/v1/consultation/supervision/{id}", "consultation:supervision:read", "supervision_item"},
        [&app](http::Context& c) {
            return http::Response::json(200, cs::get_supervision(*app.db, c.user(), c.id()));
        });
    r.add({"PATCH", "/api/v1/consultation/supervision/{id}", "consultation:supervision:manage",
           "supervision_item"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              return http::Response::json(
                  200, cs::update_supervision(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                              input::req_int(b, "version"), supervision(b)));
          });
    r.add({"POST", "/api/v1/consultation/supervision/{id}/entries", "consultation:supervision:manage",
           "supervision_item"},
          [&app](http::Context& c) {
              return http::Response::json(201, cs::add_entry(*app.db, c.user(), c.actor(), c.lang(),
                                                             "supervision", c.id(), entry(c.body())));
          });
}
}  // namespace

void consultation(http::Router& r, App& app) {
    topics(r, app);
    activities(r, app);
    supervision_items(r, app);
}

}  // namespace zhixie::routes
