#include "core/input.hpp"
#include "domains/office/publicity/publicity.hpp"
#include "domains/office/routes.hpp"
#include "services/export/xlsx.hpp"

namespace zhixie::routes {

namespace {
namespace p = office_params;
constexpr size_t kText = 200000;

office::publicity::ArticleFields article_of(const nlohmann::json& b) {
    return {p::str(b, "title", kText),      p::str(b, "outlet", kText),
            p::str(b, "level", kText),      p::str(b, "published_on", kText),
            p::str(b, "link", kText),       input::opt_str(b, "author_kind", 20).value_or("staff"),
            input::req_int(b, "author_id"), p::str(b, "text", kText),
            p::str(b, "pasted", kText)};
}
}  // namespace

void office_publicity(http::Router& r, App& app) {
    using namespace office::publicity;
    r.add({"GET", "/api/v1/office/publicity/reward-rules", "office:publicity:read"},
          [&app](http::Context& c) { return http::Response::json(200, reward_rules(*app.db, c.user())); });
    r.add({"PUT", "/api/v1/office/publicity/reward-rules", "office:publicity:manage"}, [&app](
                                                                                           http::Context& c) {
        const auto& b = c.body();
        std::map<std::string, int64_t> amounts;
        if (b.contains("amounts") && b["amounts"].is_object())
            for (const auto& [level, amount] : b["amounts"].items()) {
                if (!amount.is_number_integer()) throw AppError::invalid_field("amounts");
                amounts[level] = amount.get<int64_t>();
            }
        return http::Response::json(200, set_reward_rules(*app.db, c.user(), c.actor(), c.lang(), amounts));
    });
    r.add({"GET", "/api/v1/office/publicity/totals", "office:publicity:read"}, [&app](http::Context& c) {
        return http::Response::json(200, publicity_totals(*app.db, c.user(), p::year(c)));
    });
    r.add({"GET", "/api/v1/office/publicity/totals/export", "office:publicity:read"},
          [&app](http::Context& c) {
              int year = p::year(c);
              return http::Response::file(export_totals(*app.db, c.user(), year), exporting::kXlsxMime,
                                          std::to_string(year) + "年宣传稿件统计.xlsx");
          });
    r.add({"GET", "/api/v1/office/articles", "office:publicity:read"}, [&app](http::Context& c) {
        auto [page, size] = c.paging();
        ArticleQuery q;
        if (!c.query("year").empty()) q.year = p::year(c);
        q.level = c.query("level");
        q.author_kind = c.query("author_kind");
        q.author_id = p::id(c, "author_id");
        q.body_id = p::id(c, "body_id");
        q.q = c.query("q");
        q.page = page;
        q.page_size = size;
        return http::Response::json(200, list_articles(*app.db, c.user(), q));
    });
    r.add({"POST", "/api/v1/office/articles", "office:publicity:manage"}, [&app](http::Context& c) {
        return http::Response::json(
            201, create_article(*app.db, c.user(), c.actor(), c.lang(), article_of(c.body())));
    });
    r.add({"POST", "/api/v1/office/articles/clean", "office:publicity:manage"}, [](http::Context& c) {
        return http::Response::json(200, clean_pasted(input::req_str(c.body(), "pasted", kText)));
    });
    r.add({"GET", "/api/v1/office/articles/{id}", "office:publicity:read", "office_article"},
          [&app](http::Context& c) {
              return http::Response::json(200, get_article(*app.db, c.user(), c.id()));
          });
    r.add({"PATCH", "/api/v1/office/articles/{id}", "office:publicity:manage", "office_article"},
          [&app](http::Context& c) {
              const auto& b = c.body();
              return http::Response::json(200, update_article(*app.db, c.user(), c.actor(), c.lang(), c.id(),
                                                              input::req_int(b, "version"), article_of(b)));
          });
    r.add({"DELETE", "/api/v1/office/articles/{id}", "office:publicity:manage", "office_article"},
          [&app](http::Context& c) {
              delete_article(*app.db, c.user(), c.actor(), c.id(), input::opt_int(c.body(), "version"));
              return http::Response::no_content();
          });
}

}  // namespace zhixie::routes
