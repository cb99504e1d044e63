#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/villages/villages.hpp"

namespace zhixie::office::villages {

namespace {
storage::Params checked(storage::Tx& tx, int64_t committee_id, Lang lang, const VillageFields& f,
                        int64_t except_id) {
    FieldErrors e;
    check::required(e, "name", f.name, 50);
    check::required(e, "township", f.township, 50);
    check::required(e, "county", f.county, 50);
    max_chars(e, "note", f.note, 2000);
    if (e.empty() &&
        tx.one("SELECT id FROM office_villages WHERE committee_id = :c AND township = :t AND name = :n "
               "AND id <> :id",
               {{"c", committee_id}, {"t", f.township}, {"n", f.name}, {"id", except_id}}))
        e.add("name", "field_duplicate", {{"value", f.name}});
    e.throw_if_any(lang, labels());
    return {{"name", f.name}, {"township", f.township}, {"county", f.county}, {"note", f.note}};
}

nlohmann::json summary_of(const nlohmann::json& v) {
    return {{"name", v["name"]}, {"township", v["township"]}, {"county", v["county"]}, {"note", v["note"]}};
}
}  // namespace

nlohmann::json create_village(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const VillageFields& f) {
    auto tx = db.write();
    auto p = checked(tx, me.committee_id, lang, f, 0);
    p.insert(p.end(), {{"c", me.committee_id}, {"now", clock::now_iso()}});
    int64_t id = tx.insert(
        "INSERT INTO office_villages (committee_id, name, township, county, note, created_at, updated_at) "
        "VALUES (:c, :name, :township, :county, :note, :now, :now) RETURNING id",
        p);
    auto out = village_json(tx, me.committee_id, id);
    audit::append(tx, actor, "office_village.created", "office_village", std::to_string(id),
                  {{"after", summary_of(out)}});
    tx.commit();
    return out;
}

nlohmann::json update_village(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, int64_t id, int64_t version, const VillageFields& f) {
    auto tx = db.write();
    auto before = village_json(tx, me.committee_id, id);
    expect_version(before["version"].get<int64_t>(), version);
    auto p = checked(tx, me.committee_id, lang, f, id);
    p.insert(p.end(), {{"id", id}, {"v", version}, {"now", clock::now_iso()}});
    if (tx.exec(
            "UPDATE office_villages SET name = :name, township = :township, county = :county, note = :note, "
            "version = version + 1, updated_at = :now WHERE id = :id AND version = :v",
            p) == 0)
        throw AppError::conflict("stale_version");
    auto after = village_json(tx, me.committee_id, id);
    audit::append(tx, actor, "office_village.updated", "office_village", std::to_string(id),
                  {{"before", summary_of(before)}, {"after", summary_of(after)}});
    tx.commit();
    return after;
}

}  // namespace zhixie::office::villages
