#include "app/routes.hpp"
#include "core/input.hpp"
#include "domains/info/info.hpp"
#include "domains/office/routes.hpp"

namespace zhixie::routes {

namespace {
namespace p = office_params;
constexpr size_t kText =
    100000;  // the committee's limit is checked by the use cases (422 in the user's language)

info::Draft draft(const nlohmann::json& b) {
    return {p::str(b, "title", kText), p::str(b, "text", kText), std::nullopt};
}

info::ItemQuery item_query(const http::Context& c, bool mine) {
    auto [page, size] = c.paging();
    info::ItemQuery q;
    if (auto y = p::id(c, "year")) q.year = static_cast<int>(*y);
    q.state = c.query("state");
    q.member_id = p::id(c, "member_id");
    q.level = c.query("level");
    q.mine = mine;
    q.page = page;
    q.page_size = size;
    return q;
}
}  // namespace

void info(http::Router& r, App& app) {
    using namespace zhixie::info;
    // a member's own items
    r.add({"GET", "/api/v1/my/info-items", "info:item:submit"}, [&app](http::Context& c) {
        return http::Response::json(200, list_items(*app.db, c.user(), item_query(c, true)));
    });
    r.add({"POST", "/api/v1/my/info-items", "info:item:submit"}, [&app](http::Context& c) {
        return http::Response::json(201,
                                    submit_item(*app.db, c.user(), c.actor(), c.lang(), draft(c.body())));
    });
    r.add({"GET", "/api/v1/my/info-items/{id}", "info:item:submit", "info_item"}, [&app](http::Context& c) {
        return http::Response::json(200, get_item(*app.db, c.user(), c.id(), true));
    });
    r.add({"GET", "/api/v1/info/limits", "info:item:submit"}, [&app](http::Context& c) {
        auto s = get_settings(*app.db, c.user());
        return http::Response::json(200, {{"max_chars", s["max_chars"]}});
    });
    // staff
    r.add({"GET", "/api/v1/info/items", "info:item:read"}, [&app](http::Context& c) {
        return http::Response::json(200, list_items(*app.db, c.user(), item_query(c, false)));
    });
    r.add({"POST", "/api/v1/info/items", "info:item:manage"}, [&app](http::Context& c) {
        auto d = draft(c.body());
        d.member_id = input::req_int(c.body(), "member_id");
        return http::Response::json(201, submit_item(*app.db, c.user(), c.actor(), c.lang(), d));
    });
    r.add({"GET", "/api/v1/info/items/{id}", "info:item:read", "info_item"}, [&app](http::Context& c) {
        return http::Response::json(200, get_item(*app.db, c.user(), c.id(), false));
    });
    r.add({"PATCH", "/api/v1/info/items/{id}", "info:item:manage", "info_item"}, [&app](http::Context& c) {
        const auto& b = c.body();
        return http::Response::json(200, edit_item(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                                   input::req_int(b, "version"), draft(b)));
    });
    r.add({"POST", "/api/v1/info/items/merge", "info:item:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        auto ids = input::opt_int_list(b, "ids").value_or(std::vector<int64_t>{});
        return http::Response::json(200, merge_items(*app.db, c.user(), c.actor(), c.lang(), ids, draft(b)));
    });
    r.add({"POST", "/api/v1/info/items/{id}/select", "info:item:manage", "info_item"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              return http::Response::json(
                  200, select_item(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                   input::req_int(b, "version"), p::str(b, "analysis", kText)));
          });
    r.add({"POST", "/api/v1/info/items/{id}/adoptions", "info:item:manage", "info_item"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              Adoption a{p::str(b, "level", 40), p::str(b, "outlet", kText), p::str(b, "adopted_on", 40),
                         p::str(b, "note", kText), input::opt_int(b, "version")};
              return http::Response::json(201, adopt_item(*app.db, c.user(), c.actor(), c.lang(), c.id(), a));
          });
    r.add({"POST", "/api/v1/info/items/{id}/instructions", "info:item:manage", "info_item"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              Instruction i{p::str(b, "leader", kText), p::str(b, "leader_level", 40),
                            p::str(b, "text", kText), p::str(b, "instructed_on", 40),
                            input::opt_int(b, "version")};
              return http::Response::json(
                  201, record_instruction(*app.db, c.user(), c.actor(), c.lang(), c.id(), i));
          });
    r.add({"GET", "/api/v1/info/stats", "info:item:read"}, [&app](http::Context& c) {
        return http::Response::json(200, info_stats(*app.db, c.user(), p::year(c)));
    });
    r.add({"GET", "/api/v1/info/settings", "info:item:read"},
          [&app](http::Context& c) { return http::Response::json(200, get_settings(*app.db, c.user())); });
    r.add({"PUT", "/api/v1/info/settings", "info:settings:manage"}, [&app](http::Context& c) {
        const auto& b = c.body();
        Settings s;
        s.max_chars = input::opt_int(b, "max_chars").value_or(kDefaultMaxChars);
        s.version = input::req_int(b, "version");
        if (b.contains("scores") && b["scores"].is_object())
            for (auto it = b["scores"].begin(); it != b["scores"].end(); ++it) {
                if (!it->is_number_integer()) throw AppError::invalid_field("scores." + it.key());
                s.scores[it.key()] = it->get<int64_t>();
            }
        return http::Response::json(200, set_settings(*app.db, c.user(), c.actor(), c.lang(), s));
    });
}

}  // namespace zhixie::routes
