package org.plimsoll.web.care;

import io.javalin.config.RoutesConfig;
import org.plimsoll.web.Wiring;

/**
 * The person in control of who sees their record: they make a one-time invitation code, their
 * clinician types it in, and the clinician then sees the person's live report for as long as the
 * person lets them. Every view is logged and shown to the person, who can end the access at any
 * time; the next request is a 404. Each job has its class: the invitations ({@link CareInvitations}),
 * the person's side ({@link AccessRoutes}), the caseload ({@link CaseloadRoutes}), one person
 * ({@link PatientRoutes}), their coaching settings ({@link CareSettingsRoutes}) and decisions
 * ({@link CareDecisionRoutes}).
 */
public final class CareRoutes {
    private final Wiring web;
    private final CaseloadAttention attention;

    public CareRoutes(Wiring web, CaseloadAttention attention) {
        this.web = web;
        this.attention = attention;
    }

    public void register(RoutesConfig routes) {
        CareInvitations invitations = new CareInvitations(web);
        new AccessRoutes(web, invitations).register(routes);
        new CaseloadRoutes(web, invitations, attention).register(routes);
        PatientRoutes patients = new PatientRoutes(web);
        patients.register(routes);
        new CareSettingsRoutes(web, patients).register(routes);
        new CareDecisionRoutes(web, patients).register(routes);
        new ExperimentSuggestionRoutes(web, patients).register(routes);
    }
}
