#include "core/text.hpp"
#include "domains/office/common.hpp"
#include "domains/office/rules/rules.hpp"
#include "text/opencc.hpp"

namespace zhixie::office::rules {

nlohmann::json list_rules(storage::Db& db, const auth::Principal& me, const RuleQuery& q) {
    std::string from =
        "FROM office_rules r JOIN office_rule_versions v ON v.rule_id = r.id AND v.number = (SELECT "
        "MAX(m.number) "
        "FROM office_rule_versions m WHERE m.rule_id = r.id) WHERE r.committee_id = :c";
    storage::Params p{{"c", me.committee_id}};
    if (!q.category.empty()) {
        from += " AND r.category = :cat";
        p.emplace_back("cat", q.category);
    }
    if (!q.status.empty()) {
        from += " AND r.status = :status";
        p.emplace_back("status", q.status);
    }
    // the library is kept in simplified characters; a search typed in traditional ones finds it too
    const std::string needle = text::to_simplified(text::trim(q.q));
    if (!needle.empty()) {
        from += " AND (r.title LIKE :q OR r.doc_number LIKE :q OR v.body LIKE :q)";
        p.emplace_back("q", "%" + needle + "%");
    }
    auto tx = db.read();
    return page_of(
        tx,
        "r.id, r.title, r.category, r.doc_number, r.status, r.abolished_on, r.sort, r.version, "
        "r.updated_at, v.number AS current_number, v.action AS last_action, v.effective_from, (SELECT "
        "MIN(f.effective_from) FROM office_rule_versions f WHERE f.rule_id = r.id) AS established_on",
        from, category_order() + ", r.sort, r.id", p, q.page, q.page_size);
}

nlohmann::json get_rule(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return rule_json(tx, me.committee_id, id);
}

}  // namespace zhixie::office::rules
