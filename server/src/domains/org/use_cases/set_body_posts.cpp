#include <set>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "domains/org/internal.hpp"

namespace zhixie::org {

nlohmann::json posts_json(const std::vector<PostSpec>& posts) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& p : posts)
        out.push_back({{"post_kind", p.post_kind}, {"title", p.title}, {"authorised", p.authorised}});
    return out;
}

std::vector<PostSpec> current_posts(storage::Tx& tx, int64_t body_id) {
    std::vector<PostSpec> out;
    for (const auto& r : tx.query("SELECT post_kind, title, authorised FROM body_posts WHERE body_id = :b "
                                  "ORDER BY CASE post_kind WHEN 'leader' THEN 0 ELSE 1 END, id",
                                  {{"b", body_id}}))
        out.push_back({r.s("post_kind"), r.s("title"), r.i("authorised")});
    return out;
}

void replace_posts(storage::Tx& tx, int64_t committee_id, int64_t body_id,
                   const std::vector<PostSpec>& posts) {
    std::set<std::string> titles;
    for (const auto& p : posts) {
        check_choice("post_kind", p.post_kind, kPostKinds);
        if (text::trim(p.title).empty()) throw AppError::missing_field("title");
        if (!titles.insert(text::trim(p.title)).second) throw AppError::invalid_field("title", "duplicate");
        if (p.authorised < 0 || p.authorised > 999) throw AppError::invalid_field("authorised", "0–999");
    }
    tx.exec("DELETE FROM body_posts WHERE body_id = :b AND committee_id = :c",
            {{"b", body_id}, {"c", committee_id}});
    for (const auto& p : posts)
        tx.exec(
            "INSERT INTO body_posts (committee_id, body_id, post_kind, title, authorised) "
            "VALUES (:c, :b, :k, :t, :n)",
            {{"c", committee_id},
             {"b", body_id},
             {"k", p.post_kind},
             {"t", text::trim(p.title)},
             {"n", p.authorised}});
}

nlohmann::json set_body_posts(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              int64_t body_id, int64_t version, const std::vector<PostSpec>& posts) {
    auto tx = db.write();
    nlohmann::json before = body_json(tx, me.committee_id, body_id);  // 404 for other committees
    check_version(before, version);
    if (!before["active"].get<bool>()) throw AppError::conflict("body_abolished");
    const auto old_posts = current_posts(tx, body_id);
    update_versioned(tx, "bodies", me.committee_id, body_id, version, {{"updated_at", clock::now_iso()}});
    replace_posts(tx, me.committee_id, body_id, posts);
    audit::append(
        tx, actor, "body.posts_set", "body", std::to_string(body_id),
        {{"before", {{"posts", posts_json(old_posts)}}}, {"after", {{"posts", posts_json(posts)}}}});
    auto out = body_json(tx, me.committee_id, body_id);
    tx.commit();
    return out;
}

}  // namespace zhixie::org
