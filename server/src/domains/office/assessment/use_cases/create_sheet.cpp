#include <cmath>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/assessment/assessment.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::assessment {

void check_sheet(storage::Tx& tx, FieldErrors& e, int64_t committee_id, const std::string& name,
                 const std::vector<ItemDef>& items, std::optional<int64_t> sheet_id) {
    if (check::required(e, "name", name, 60)) {
        auto same = tx.one("SELECT id FROM office_score_sheets WHERE committee_id = :c AND name = :n",
                           {{"c", committee_id}, {"n", name}});
        if (same && (!sheet_id || same->i("id") != *sheet_id))
            e.add("name", "field_duplicate", {{"value", name}});
    }
    double sum = 0;
    for (const auto& i : items) {
        check::required(e, "items", i.name, 60);
        check::one_of(e, "items", i.source, kSources);
        max_chars(e, "items", i.rule, 500);
        if (i.max_points <= 0 || i.max_points > 100)
            e.add("items", "field_out_of_range", {{"value", i.max_points}, {"max", 100}});
        sum += i.max_points;
    }
    if (items.empty())
        e.add("items", "field_required");
    else if (std::abs(sum - 100.0) > 1e-6)
        e.add("items", "sheet_not_100", {{"value", sum}});
}

nlohmann::json create_sheet_in(storage::Tx& tx, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const NewSheet& s) {
    FieldErrors e;
    check_sheet(tx, e, me.committee_id, s.name, s.items, std::nullopt);
    check::one_of(e, "subject_kind", s.subject_kind, {"body", "staff"});
    e.throw_if_any(lang, labels());
    int64_t id = tx.insert(
        "INSERT INTO office_score_sheets (committee_id, name, subject_kind, created_at) VALUES (:c, :n, :k, "
        ":now) "
        "RETURNING id",
        {{"c", me.committee_id}, {"n", s.name}, {"k", s.subject_kind}, {"now", clock::now_iso()}});
    int64_t sort = 0;
    for (const auto& i : s.items)
        tx.exec(
            "INSERT INTO office_score_items (committee_id, sheet_id, name, max_points, source, rule, sort) "
            "VALUES "
            "(:c, :s, :n, :m, :src, :r, :sort)",
            {{"c", me.committee_id},
             {"s", id},
             {"n", i.name},
             {"m", i.max_points},
             {"src", i.source},
             {"r", i.rule},
             {"sort", ++sort}});
    audit::append(tx, actor, "office_score_sheet.created", "office_score_sheet", std::to_string(id),
                  {{"name", s.name}, {"items", s.items.size()}});
    return sheet_json(tx, me.committee_id, id);
}

nlohmann::json create_sheet(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            const NewSheet& s) {
    auto tx = db.write();
    auto out = create_sheet_in(tx, me, actor, lang, s);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::assessment
