#include <set>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/assessment/assessment.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::assessment {

namespace {
nlohmann::json brief(const nlohmann::json& sheet) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& i : sheet["items"])
        items.push_back(
            {{"id", i["id"]}, {"name", i["name"]}, {"max_points", i["max_points"]}, {"source", i["source"]}});
    return {{"name", sheet["name"]}, {"items", items}};
}
}  // namespace

nlohmann::json update_sheet(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t id, const SheetEdit& s) {
    auto tx = db.write();
    auto before = sheet_json(tx, me.committee_id, id);
    expect_version(before["version"].get<int64_t>(), s.version);
    FieldErrors e;
    check_sheet(tx, e, me.committee_id, s.name, s.items, id);
    std::set<int64_t> existing, kept;
    for (const auto& i : before["items"])
        existing.insert(i["id"].get<int64_t>());
    for (const auto& i : s.items)
        if (i.id) {
            if (!existing.count(*i.id) || !kept.insert(*i.id).second)
                e.add("items", "field_unknown_ref", {{"value", *i.id}});
        }
    e.throw_if_any(lang, labels());
    for (const auto& i : before["items"]) {
        const int64_t item = i["id"].get<int64_t>();
        if (kept.count(item)) continue;
        if (tx.one("SELECT item_id FROM office_assessment_scores WHERE item_id = :i LIMIT 1", {{"i", item}}))
            throw AppError::conflict("sheet_item_scored", {{"item", i["name"]}});
        tx.exec("DELETE FROM office_score_items WHERE id = :i", {{"i", item}});
    }
    int64_t sort = 0;
    for (const auto& i : s.items) {
        storage::Params p{{"c", me.committee_id}, {"s", id},     {"n", i.name},   {"m", i.max_points},
                          {"src", i.source},      {"r", i.rule}, {"sort", ++sort}};
        if (i.id) {
            p.emplace_back("id", *i.id);
            tx.exec(
                "UPDATE office_score_items SET name = :n, max_points = :m, source = :src, rule = :r, sort = "
                ":sort WHERE id = :id AND sheet_id = :s AND committee_id = :c",
                p);
        } else {
            tx.exec(
                "INSERT INTO office_score_items (committee_id, sheet_id, name, max_points, source, rule, "
                "sort) VALUES (:c, :s, :n, :m, :src, :r, :sort)",
                p);
        }
    }
    if (tx.exec("UPDATE office_score_sheets SET name = :n, version = version + 1 WHERE id = :id AND "
                "committee_id = :c AND version = :v",
                {{"n", s.name}, {"id", id}, {"c", me.committee_id}, {"v", s.version}}) == 0)
        throw AppError::conflict("stale_version");
    auto after = sheet_json(tx, me.committee_id, id);
    audit::append(tx, actor, "office_score_sheet.updated", "office_score_sheet", std::to_string(id),
                  {{"before", brief(before)}, {"after", brief(after)}});
    tx.commit();
    return after;
}

}  // namespace zhixie::office::assessment
