#include "core/text.hpp"
#include "domains/members/members.hpp"
#include "domains/members/query.hpp"
#include "storage/like.hpp"

namespace zhixie::members {

Filter member_filter(storage::Tx& tx, const auth::Principal& me, const MemberQuery& q) {
    Filter f;
    f.where =
        " FROM members m LEFT JOIN sectors s ON s.id = m.sector_id LEFT JOIN township_groups g ON g.id = "
        "m.township_group_id WHERE m.committee_id = :c AND m.term_id = :term";
    f.params = {{"c", me.committee_id}, {"term", q.term_id ? *q.term_id : current_term(tx, me.committee_id)}};
    std::string needle = text::to_lower_ascii(text::trim(q.q));
    if (!needle.empty()) {
        std::string compact;
        for (char c : needle)
            if (c != ' ') compact.push_back(c);
        const std::string esc(storage::kLikeEscape);
        f.where += " AND (m.name LIKE :qname" + esc + " OR m.name_initials LIKE :qpre" + esc +
                   " OR REPLACE(m.name_pinyin, ' ', '') LIKE :qpre" + esc + " OR m.phone LIKE :qpre" + esc +
                   " OR m.work_unit LIKE :qname" + esc + ")";
        f.params.emplace_back("qname", storage::like_contains(needle));
        f.params.emplace_back("qpre", storage::like_prefix(compact));
    }
    if (q.sector_id) {
        f.where += " AND m.sector_id = :sector";
        f.params.emplace_back("sector", *q.sector_id);
    }
    if (q.township_group_id) {
        f.where += " AND m.township_group_id = :grp";
        f.params.emplace_back("grp", *q.township_group_id);
    }
    if (q.body_id) {
        f.where +=
            " AND EXISTS (SELECT 1 FROM member_bodies mb WHERE mb.member_id = m.id AND mb.body_id = :body)";
        f.params.emplace_back("body", *q.body_id);
    }
    if (!q.status.empty()) {
        f.where += " AND m.status = :status";
        f.params.emplace_back("status", q.status);
    }
    if (q.standing) {
        f.where += " AND m.is_standing = :standing";
        f.params.emplace_back("standing", int64_t{*q.standing});
    }
    return f;
}

const char* kListColumns =
    "SELECT m.id, m.name, m.name_pinyin, m.name_initials, m.gender, m.birth_date, m.political_affiliation, "
    "m.sector_id, "
    "s.name AS sector_name, m.is_standing, m.cppcc_post, m.work_unit, m.job_title, m.phone, "
    "m.township_group_id, "
    "g.name AS township_group_name, m.status, m.user_id, m.version";

nlohmann::json list_members(storage::Db& db, const auth::Principal& me, const MemberQuery& q) {
    auto tx = db.read();
    Filter f = member_filter(tx, me, q);
    int64_t total = tx.one("SELECT COUNT(*) AS n" + f.where, f.params)->i("n");
    auto p = f.params;
    p.emplace_back("lim", q.page_size);
    p.emplace_back("off", (q.page - 1) * q.page_size);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query(
             std::string(kListColumns) + f.where + " ORDER BY m.name_pinyin, m.id LIMIT :lim OFFSET :off",
             p)) {
        auto o = r.json();
        o["is_standing"] = r.i("is_standing") != 0;
        o["has_account"] = !r.is_null("user_id");
        o.erase("user_id");
        items.push_back(std::move(o));
    }
    return {{"items", items}, {"total", total}};
}

}  // namespace zhixie::members
