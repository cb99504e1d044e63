#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

nlohmann::json update_draft(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t id, int64_t version, const Draft& d) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, id);
    if (!is_proposer(who, p)) throw AppError::forbidden();
    require_state(tx, who, p, {"draft", "returned"});
    if (p.version != version) throw AppError::conflict("stale_version", {{"current_version", p.version}});
    auto before = tx.one("SELECT title, content, category, source, org_name FROM proposals WHERE id = :id",
                         {{"id", id}})
                      ->json();
    FieldErrors e;
    Draft next = d;
    next.source = before["source"].get<std::string>();  // who filed it does not change
    validate_draft(tx, who, next, e);
    e.throw_if_any(lang, labels());
    // an edit is a new version of the case, so two editors cannot overwrite each other
    if (tx.exec("UPDATE wf_cases SET version = version + 1 WHERE id = :case AND version = :v",
                {{"case", p.case_id}, {"v", version}}) == 0)
        throw AppError::conflict("stale_version");
    tx.exec(
        "UPDATE proposals SET title = :title, content = :content, category = COALESCE(NULLIF(:cat, ''), "
        "category), org_name = :org, body_id "
        "= "
        "COALESCE(:body, body_id), sector_id = CASE WHEN source = 'sector_group' THEN COALESCE(:sector, "
        "sector_id) ELSE sector_id END, updated_at = :now WHERE id = :id",
        {{"title", next.title},
         {"content", next.content},
         {"cat", next.category},
         {"org", next.org_name},
         {"body", nullable_id(next.source == "special_committee" ? next.body_id : std::nullopt)},
         {"sector", nullable_id(next.sector_id)},
         {"now", clock::now_iso()},
         {"id", id}});
    before.erase("source");
    record(tx, actor, "updated", id,
           {{"before", before},
            {"after",
             {{"title", next.title},
              {"content", next.content},
              {"category", next.category},
              {"org_name", next.org_name}}}});
    auto out = proposal_json(tx, who, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
