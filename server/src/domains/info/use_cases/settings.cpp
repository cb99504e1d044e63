#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/info/info.hpp"

namespace zhixie::info {

namespace {
nlohmann::json settings_json(storage::Tx& tx, int64_t committee_id) {
    auto row =
        tx.one("SELECT max_chars, version FROM info_settings WHERE committee_id = :c", {{"c", committee_id}});
    const auto table = score_table(tx, committee_id);
    nlohmann::json scores = nlohmann::json::array();
    for (const auto& level : kScoreLevels)
        scores.push_back({{"level", level}, {"points", points_for(table, level)}});
    return {{"max_chars", row ? row->i("max_chars") : kDefaultMaxChars},
            {"version", row ? row->i("version") : 0},
            {"scores", scores}};
}
}  // namespace

nlohmann::json get_settings(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    return settings_json(tx, me.committee_id);
}

nlohmann::json set_settings(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            const Settings& s) {
    FieldErrors e;
    if (s.max_chars < 100 || s.max_chars > 20000)
        e.add("max_chars", "field_out_of_range", {{"value", s.max_chars}, {"min", 100}, {"max", 20000}});
    for (const auto& [level, points] : s.scores) {
        check::one_of(e, "scores", level, kScoreLevels);
        if (points < 0 || points > 1000)
            e.add("scores", "field_out_of_range", {{"value", points}, {"min", 0}, {"max", 1000}});
    }
    e.throw_if_any(lang, labels());
    auto tx = db.write();
    auto before = settings_json(tx, me.committee_id);
    if (before["version"].get<int64_t>() != s.version)
        throw AppError::conflict("stale_version", {{"current_version", before["version"]}});
    const std::string now = clock::now_iso();
    if (s.version == 0)
        tx.exec("INSERT INTO info_settings (committee_id, max_chars, updated_at) VALUES (:c, :m, :now)",
                {{"c", me.committee_id}, {"m", s.max_chars}, {"now", now}});
    else
        tx.exec(
            "UPDATE info_settings SET max_chars = :m, version = version + 1, updated_at = :now WHERE "
            "committee_id = :c",
            {{"c", me.committee_id}, {"m", s.max_chars}, {"now", now}});
    for (const auto& [level, points] : s.scores)
        if (tx.exec("UPDATE info_score_rules SET points = :p, updated_at = :now WHERE committee_id = :c AND "
                    "level "
                    "= :l",
                    {{"p", points}, {"now", now}, {"c", me.committee_id}, {"l", level}}) == 0)
            tx.exec(
                "INSERT INTO info_score_rules (committee_id, level, points, updated_at) VALUES (:c, :l, :p, "
                ":now)",
                {{"c", me.committee_id}, {"l", level}, {"p", points}, {"now", now}});
    auto after = settings_json(tx, me.committee_id);
    audit::append(tx, actor, "info_settings.updated", "info_settings", std::to_string(me.committee_id),
                  {{"before", before}, {"after", after}});
    tx.commit();
    return after;
}

}  // namespace zhixie::info
