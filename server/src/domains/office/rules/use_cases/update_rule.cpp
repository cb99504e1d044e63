#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/rules/rules.hpp"

namespace zhixie::office::rules {

nlohmann::json update_rule(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t id, const RuleEdit& r) {
    auto tx = db.write();
    auto before = rule_json(tx, me.committee_id, id);
    expect_version(before["version"].get<int64_t>(), r.version);
    FieldErrors e;
    check_heading(tx, me.committee_id, r.title, r.category, r.doc_number, id, e);
    e.throw_if_any(lang, labels());
    tx.exec(
        "UPDATE office_rules SET title = :t, category = :cat, doc_number = :doc, sort = :sort, version = "
        "version + "
        "1, updated_at = :now WHERE id = :id",
        {{"t", r.title},
         {"cat", r.category},
         {"doc", r.doc_number},
         {"sort", r.sort},
         {"now", clock::now_iso()},
         {"id", id}});
    auto after = rule_json(tx, me.committee_id, id);
    auto head = [](const nlohmann::json& j) {
        return nlohmann::json{
            {"title", j["title"]}, {"category", j["category"]}, {"doc_number", j["doc_number"]}};
    };
    audit::append(tx, actor, "office_rule.updated", "office_rule", std::to_string(id),
                  {{"before", head(before)}, {"after", head(after)}});
    tx.commit();
    return after;
}

}  // namespace zhixie::office::rules
