#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/info/info.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::info {

namespace {
const std::map<std::string, std::string> kLevelNames = {
    {"committee", "本会信息专报"}, {"city", "市级"}, {"province", "省级"}, {"national", "全国"}};

}  // namespace

nlohmann::json adopt_item(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                          int64_t id, const Adoption& a) {
    auto tx = db.write();
    auto it = load_item(tx, me.committee_id, id);
    expect_version(it, a.version);
    if (it.state == "merged") throw AppError::conflict("info_item_not_open", {{"state", it.state}});
    FieldErrors e;
    check::one_of(e, "level", a.level, kAdoptionLevels);
    check_not_future(e, "adopted_on", a.adopted_on);
    if (a.outlet.size() > 0) check::required(e, "outlet", a.outlet, 100);
    if (a.note.size() > 0) check::required(e, "note", a.note, 1000);
    e.throw_if_any(lang, labels());
    if (tx.one("SELECT id FROM info_adoptions WHERE item_id = :id AND level = :l",
               {{"id", id}, {"l", a.level}}))
        throw AppError::conflict("info_already_adopted", {{"level", kLevelNames.at(a.level)}});
    const int64_t points = points_for(score_table(tx, me.committee_id), a.level);
    int64_t adoption = tx.insert(
        "INSERT INTO info_adoptions (committee_id, item_id, level, outlet, adopted_on, points, note, "
        "created_by, "
        "created_at) VALUES (:c, :i, :l, :o, :d, :p, :n, :u, :now) RETURNING id",
        {{"c", me.committee_id},
         {"i", id},
         {"l", a.level},
         {"o", a.outlet},
         {"d", a.adopted_on},
         {"p", points},
         {"n", a.note},
         {"u", me.user_id},
         {"now", clock::now_iso()}});
    for (int64_t m : submitters(tx, me.committee_id, id))
        duty::record(tx, {me.committee_id,
                          m,
                          duty::kind::info_adopted,
                          "info_adoption",
                          adoption,
                          a.adopted_on,
                          "社情民意信息《" + it.title + "》被" + kLevelNames.at(a.level) + "采用",
                          1.0,
                          "confirmed",
                          {{"level", a.level}, {"points", points}, {"item_id", id}}});
    touch(tx, id, "adopted");
    audit::append(tx, actor, "info_item.adopted", "info_item", std::to_string(id),
                  {{"level", a.level}, {"adopted_on", a.adopted_on}, {"points", points}});
    auto out = item_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::info
