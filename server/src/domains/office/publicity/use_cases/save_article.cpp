#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/publicity/publicity.hpp"

namespace zhixie::office::publicity {

namespace {
nlohmann::json summary_of(const nlohmann::json& a) {
    nlohmann::json s = nlohmann::json::object();
    for (const char* k : {"title", "outlet", "level", "published_on", "author_name", "reward"})
        s[k] = a[k];
    return s;
}

std::string param(const storage::Params& p, const std::string& name) {
    for (const auto& [k, v] : p)
        if (k == name) return std::get<std::string>(v);
    return {};
}
}  // namespace

nlohmann::json create_article(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const ArticleFields& f) {
    auto tx = db.write();
    auto p = article_params(tx, me.committee_id, lang, f);
    const std::string now = clock::now_iso();
    // the reward is what the committee's table says on the day the article is recorded
    p.insert(p.end(), {{"c", me.committee_id},
                       {"reward", reward_for(tx, me.committee_id, param(p, "level"))},
                       {"by", me.user_id},
                       {"now", now}});
    int64_t id = tx.insert(
        "INSERT INTO office_articles (committee_id, title, outlet, level, published_on, link, author_kind, "
        "author_id, author_name, body_id, reward, text, flags, created_by, created_at, updated_at) VALUES "
        "(:c, "
        ":title, :outlet, :level, :published_on, :link, :author_kind, :author_id, :author_name, :body_id, "
        ":reward, "
        ":text, COALESCE(:flags, '[]'), :by, :now, :now) RETURNING id",
        p);
    auto out = article_json(tx, me.committee_id, id);
    audit::append(tx, actor, "office_article.created", "office_article", std::to_string(id),
                  {{"after", summary_of(out)}});
    tx.commit();
    return out;
}

nlohmann::json update_article(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, int64_t id, int64_t version, const ArticleFields& f) {
    auto tx = db.write();
    auto before = article_json(tx, me.committee_id, id);
    expect_version(before["version"].get<int64_t>(), version);
    auto p = article_params(tx, me.committee_id, lang, f);
    // a paid reward stays as it was unless the article turns out to be of another level
    const std::string level = param(p, "level");
    int64_t reward =
        level == before["level"] ? before["reward"].get<int64_t>() : reward_for(tx, me.committee_id, level);
    p.insert(p.end(), {{"id", id}, {"v", version}, {"reward", reward}, {"now", clock::now_iso()}});
    if (tx.exec(
            "UPDATE office_articles SET title = :title, outlet = :outlet, level = :level, published_on = "
            ":published_on, link = :link, author_kind = :author_kind, author_id = :author_id, author_name = "
            ":author_name, body_id = :body_id, reward = :reward, text = :text, flags = COALESCE(:flags, "
            "flags), version = version + "
            "1, updated_at = :now WHERE id = :id AND version = :v",
            p) == 0)
        throw AppError::conflict("stale_version");
    auto after = article_json(tx, me.committee_id, id);
    audit::append(tx, actor, "office_article.updated", "office_article", std::to_string(id),
                  {{"before", summary_of(before)}, {"after", summary_of(after)}});
    tx.commit();
    return after;
}

}  // namespace zhixie::office::publicity
