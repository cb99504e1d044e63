#include <fmt/format.h>

#include "core/text.hpp"
#include "domains/office/common.hpp"
#include "domains/office/publicity/publicity.hpp"
#include "text/opencc.hpp"

namespace zhixie::office::publicity {

nlohmann::json list_articles(storage::Db& db, const auth::Principal& me, const ArticleQuery& q) {
    std::string from =
        "FROM office_articles a LEFT JOIN bodies b ON b.id = a.body_id WHERE a.committee_id = :c";
    storage::Params p{{"c", me.committee_id}};
    if (q.year) {
        from += " AND a.published_on BETWEEN :from AND :to";
        p.emplace_back("from", fmt::format("{}-01-01", *q.year));
        p.emplace_back("to", fmt::format("{}-12-31", *q.year));
    }
    for (const auto& [column, value] : {std::pair{"level", &q.level}, {"author_kind", &q.author_kind}}) {
        if (value->empty()) continue;
        from += std::string(" AND a.") + column + " = :" + column;
        p.emplace_back(column, *value);
    }
    for (const auto& [column, value] : {std::pair{"author_id", &q.author_id}, {"body_id", &q.body_id}}) {
        if (!*value) continue;
        from += std::string(" AND a.") + column + " = :" + column;
        p.emplace_back(column, **value);
    }
    const std::string needle = text::to_simplified(text::trim(q.q));
    if (!needle.empty()) {
        from += " AND (a.title LIKE :q OR a.outlet LIKE :q OR a.author_name LIKE :q)";
        p.emplace_back("q", "%" + needle + "%");
    }
    auto tx = db.read();
    return page_of(tx,
                   "a.id, a.title, a.outlet, a.level, a.published_on, a.link, a.author_kind, a.author_id, "
                   "a.author_name, a.body_id, b.name AS body_name, a.reward, a.version",
                   from, "a.published_on DESC, a.id DESC", p, q.page, q.page_size);
}

nlohmann::json get_article(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return article_json(tx, me.committee_id, id);
}

}  // namespace zhixie::office::publicity
