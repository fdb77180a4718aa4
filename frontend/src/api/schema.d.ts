// Generated from the backend's OpenAPI document by `npm run gen:api`. Do not edit.

export interface paths {
    "/api/v1/accidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accidents and technical incidents in the caller's scope */
        get: operations["list_accidents_api_v1_accidents_get"];
        put?: never;
        /** Report an accident or a serious technical incident, with its victims */
        post: operations["create_accident_api_v1_accidents_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/{accident_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One accident with its victims */
        get: operations["get_accident_api_v1_accidents__accident_id__get"];
        put?: never;
        post?: never;
        /** Remove an accident report (kept for history; If-Match required) */
        delete: operations["delete_accident_api_v1_accidents__accident_id__delete"];
        options?: never;
        head?: never;
        /** Change an accident report (If-Match required); investigation fields need the investigate permission */
        patch: operations["update_accident_api_v1_accidents__accident_id__patch"];
        trace?: never;
    };
    "/api/v1/accidents/{accident_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Files kept with an accident */
        get: operations["list_attachments_api_v1_accidents__accident_id__attachments_get"];
        put?: never;
        /** Attach a PDF, JPEG or PNG file (investigation record, photo) */
        post: operations["add_attachment_api_v1_accidents__accident_id__attachments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/{accident_id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attached file */
        get: operations["download_attachment_api_v1_accidents__accident_id__attachments__attachment_id__get"];
        put?: never;
        post?: never;
        /** Remove an attached file (the record of it stays in the timeline) */
        delete: operations["delete_attachment_api_v1_accidents__accident_id__attachments__attachment_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/{accident_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the accident along notified -> investigating -> concluded -> closed (If-Match required) */
        post: operations["change_status_api_v1_accidents__accident_id__status_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/{accident_id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of one accident, oldest first */
        get: operations["accident_timeline_api_v1_accidents__accident_id__timeline_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/employer-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The employer's half-year or annual accident report (Decree 39/2016 Annex XII) */
        get: operations["employer_report_api_v1_accidents_employer_report_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/province-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The province's accident summary for a period, split by sector */
        get: operations["province_report_api_v1_accidents_province_report_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accidents/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accident statistics for a period, grouped, with frequency rates K and K-fatal
         * @description Counts the accidents (or, with `kind`, the technical incidents) in the caller's scope whose local date
         *     falls in the period. Each accident is in one row, except by occupation, where it is in the row of each of
         *     its victims' occupations; the total counts everything once. K and K-fatal: contract-sector victims and
         *     deaths under their employer's management per 1,000 workers of the active enterprises in scope; on rows by
         *     commune (of the head office), zone and industry section, of that group's enterprises; the contract row of
         *     the sector grouping carries the total's; null on other rows. Labels follow Accept-Language.
         */
        get: operations["accident_stats_api_v1_accidents_stats_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Administrative units (provinces, communes; former districts as expired) */
        get: operations["list_admin_units_api_v1_admin_units_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One administrative unit */
        get: operations["get_admin_unit_api_v1_admin_units__code__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API clients of integrators */
        get: operations["list_clients_api_v1_api_clients_get"];
        put?: never;
        /** Create an API client; the secret is shown once, in this answer */
        post: operations["create_client_api_v1_api_clients_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One API client */
        get: operations["get_client_api_v1_api_clients__client_id__get"];
        put?: never;
        post?: never;
        /** Deactivate an API client (If-Match required) */
        delete: operations["deactivate_client_api_v1_api_clients__client_id__delete"];
        options?: never;
        head?: never;
        /** Change an API client (If-Match required) */
        patch: operations["update_client_api_v1_api_clients__client_id__patch"];
        trace?: never;
    };
    "/api/v1/api-clients/{client_id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new secret for an API client; the old one stops working (If-Match required) */
        post: operations["rotate_client_secret_api_v1_api_clients__client_id__secret_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first (admins and auditors with province scope) */
        get: operations["list_audit_events_api_v1_audit_events_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a refresh token and its login */
        post: operations["logout_api_v1_auth_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: role, permissions and scope */
        get: operations["me_api_v1_auth_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's own password */
        post: operations["change_password_api_v1_auth_password_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get tokens (OAuth2: password, refresh_token, client_credentials)
         * @description `password`: username is the e-mail. `refresh_token`: the refresh token is spent and a new one
         *     given; presenting a spent one revokes that login. `client_credentials`: for integrators; no refresh
         *     token. Repeated wrong passwords lock the account for a while (429 with Retry-After).
         */
        post: operations["token_api_v1_auth_token_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deployment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which province this deployment serves (no login needed) */
        get: operations["deployment_api_v1_deployment_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List enterprises in the caller's scope */
        get: operations["list_enterprises_api_v1_enterprises_get"];
        put?: never;
        /** Register an enterprise */
        post: operations["create_enterprise_api_v1_enterprises_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise */
        get: operations["get_enterprise_api_v1_enterprises__enterprise_id__get"];
        put?: never;
        post?: never;
        /** Remove an enterprise from the registry (kept for history; If-Match required) */
        delete: operations["delete_enterprise_api_v1_enterprises__enterprise_id__delete"];
        options?: never;
        head?: never;
        /** Change an enterprise (If-Match required) */
        patch: operations["update_enterprise_api_v1_enterprises__enterprise_id__patch"];
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit history of one enterprise, newest first */
        get: operations["enterprise_history_api_v1_enterprises__enterprise_id__history_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/training-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An enterprise's people by trainee group and document state, with the expiring and expired lists
         * @description Each person counts once per group, by their latest passed record (see `osh.training.stats`).
         */
        get: operations["training_compliance_api_v1_enterprises__enterprise_id__training_compliance_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel export of the enterprises matching the filters */
        get: operations["export_enterprises_api_v1_enterprises_export_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import enterprises from an .xlsx file (upsert by tax code) */
        post: operations["import_enterprises_api_v1_enterprises_import_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Excel template for imports */
        get: operations["import_template_api_v1_enterprises_import_template_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check (no login needed) */
        get: operations["health_api_v1_health_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/industrial-zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Industrial zones, economic zones and industrial clusters */
        get: operations["list_zones_api_v1_industrial_zones_get"];
        put?: never;
        /** Register an industrial zone */
        post: operations["create_zone_api_v1_industrial_zones_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/industrial-zones/{zone_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One industrial zone */
        get: operations["get_zone_api_v1_industrial_zones__zone_id__get"];
        put?: never;
        post?: never;
        /** Remove an industrial zone that no enterprise belongs to (If-Match required) */
        delete: operations["delete_zone_api_v1_industrial_zones__zone_id__delete"];
        options?: never;
        head?: never;
        /** Change an industrial zone (If-Match required) */
        patch: operations["update_zone_api_v1_industrial_zones__zone_id__patch"];
        trace?: never;
    };
    "/api/v1/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Names of the legal code lists */
        get: operations["list_reference_api_v1_reference_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One legal code list with its source */
        get: operations["get_reference_api_v1_reference__name__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Training courses, newest first */
        get: operations["list_courses_api_v1_training_courses_get"];
        put?: never;
        /** Create a training course */
        post: operations["create_course_api_v1_training_courses_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-courses/{course_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One training course */
        get: operations["get_course_api_v1_training_courses__course_id__get"];
        put?: never;
        post?: never;
        /** Remove a training course (kept for history; If-Match required) */
        delete: operations["delete_course_api_v1_training_courses__course_id__delete"];
        options?: never;
        head?: never;
        /** Change a training course (If-Match required) */
        patch: operations["update_course_api_v1_training_courses__course_id__patch"];
        trace?: never;
    };
    "/api/v1/training-courses/{course_id}/attendance-import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a course's attendance list from .xlsx (re-importing updates the same records)
         * @description Every bad row is reported with its row number, column and reason; a file with errors writes nothing
         *     unless `skip_invalid`. A row names a person on the course by citizen ID, else by name and birth year.
         */
        post: operations["attendance_import_api_v1_training_courses__course_id__attendance_import_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-courses/{course_id}/attendance-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attendance list of a course as an Excel template to fill in and import */
        get: operations["attendance_template_api_v1_training_courses__course_id__attendance_template_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Licensed training organisations and self-training employers */
        get: operations["list_providers_api_v1_training_providers_get"];
        put?: never;
        /** Register a training provider */
        post: operations["create_provider_api_v1_training_providers_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-providers/{provider_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One training provider */
        get: operations["get_provider_api_v1_training_providers__provider_id__get"];
        put?: never;
        post?: never;
        /** Remove a training provider (kept for history; If-Match required) */
        delete: operations["delete_provider_api_v1_training_providers__provider_id__delete"];
        options?: never;
        head?: never;
        /** Change a training provider (If-Match required) */
        patch: operations["update_provider_api_v1_training_providers__provider_id__patch"];
        trace?: never;
    };
    "/api/v1/training-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Training records in the caller's scope */
        get: operations["list_records_api_v1_training_records_get"];
        put?: never;
        /** Record a person's training and the document it gave */
        post: operations["create_record_api_v1_training_records_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-records/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One training record */
        get: operations["get_record_api_v1_training_records__record_id__get"];
        put?: never;
        post?: never;
        /** Remove a training record (kept for history; If-Match required) */
        delete: operations["delete_record_api_v1_training_records__record_id__delete"];
        options?: never;
        head?: never;
        /** Correct a training record (If-Match required) */
        patch: operations["update_record_api_v1_training_records__record_id__patch"];
        trace?: never;
    };
    "/api/v1/training-records/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Excel export of the training records matching the list's filters (e.g. state=expiring)
         * @description Without `sort`, the records that stop counting soonest come first.
         */
        get: operations["export_records_api_v1_training_records_export_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-records/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Training figures of the caller's scope for a year, with numerators and denominators
         * @description Shares of high-risk enterprises with a trained OSH officer and trained managers, workers in strict-OSH
         *     jobs with a safety card in force, program courses and participants by audience beside the previous year,
         *     and records by group and state. What each figure counts is set out in `osh.training.stats`.
         */
        get: operations["training_stats_api_v1_training_records_stats_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-records/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check a certificate or safety card by its provider and number (rate-limited per caller)
         * @description For inspectors in the field: any certificate of the province can be checked, whoever holds it, so the
         *     answer names the holder by initials only. Too many checks answer 429 with Retry-After.
         */
        get: operations["verify_record_api_v1_training_records_verify_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** User accounts */
        get: operations["list_users_api_v1_users_get"];
        put?: never;
        /** Create a user account */
        post: operations["create_user_api_v1_users_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user account */
        get: operations["get_user_api_v1_users__user_id__get"];
        put?: never;
        post?: never;
        /** Deactivate a user account: its sessions end at once (If-Match required) */
        delete: operations["deactivate_user_api_v1_users__user_id__delete"];
        options?: never;
        head?: never;
        /** Change a user account (If-Match required) */
        patch: operations["update_user_api_v1_users__user_id__patch"];
        trace?: never;
    };
    "/api/v1/users/{user_id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password for a user (unlocks; ends its sessions) */
        post: operations["reset_password_api_v1_users__user_id__password_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AccidentCreate */
        AccidentCreate: {
            /**
             * Admin Unit Code
             * @description Commune where it happened; the enterprise's commune when left out (contract sector)
             */
            admin_unit_code?: string | null;
            /**
             * Cause Code
             * @description Main cause, code 1-9 (Decree 39/2016 Annex XII)
             */
            cause_code?: string | null;
            /** Description */
            description: string;
            /**
             * Enterprise Id
             * @description Required for the contract sector, absent otherwise
             */
            enterprise_id?: number | null;
            /**
             * Injury Factor Code
             * @description Main injury factor (Circular 13/2020)
             */
            injury_factor_code?: string | null;
            /** @description Proposed from the severity when left out */
            investigation_level?: components["schemas"]["InvestigationLevel"] | null;
            /** @default accident */
            kind: components["schemas"]["AccidentKind"];
            /**
             * Needs Examination
             * @description A technical or forensic examination is needed (60-day limit)
             * @default false
             */
            needs_examination: boolean;
            /** @default online */
            notification_channel: components["schemas"]["NotificationChannel"];
            /**
             * Notified At
             * @description When the authority was notified; now if left out
             */
            notified_at?: string | null;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Place */
            place: string;
            /**
             * Property Damage Vnd
             * @description VND
             * @default 0
             */
            property_damage_vnd: number;
            sector: components["schemas"]["Sector"];
            /** Victims */
            victims?: components["schemas"]["VictimIn"][];
        };
        /**
         * AccidentKind
         * @enum {string}
         */
        AccidentKind: "accident" | "technical_incident";
        /** AccidentOut */
        AccidentOut: {
            /** Admin Unit Code */
            admin_unit_code: string;
            /**
             * Allowed Statuses
             * @description Statuses the accident may move to next
             */
            allowed_statuses: components["schemas"]["AccidentStatus"][];
            /** Cause Code */
            cause_code: string | null;
            /** Closed At */
            closed_at: string | null;
            /** Closed By */
            closed_by: string | null;
            /** Code */
            code: string;
            /** Concluded At */
            concluded_at: string | null;
            /** Concluded By */
            concluded_by: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deaths */
            deaths: number;
            /** Description */
            description: string;
            /** Enterprise Id */
            enterprise_id: number | null;
            /** Enterprise Name */
            enterprise_name?: string | null;
            /** Extension Days */
            extension_days: number | null;
            /** Extension Reason */
            extension_reason: string | null;
            /** Female Count */
            female_count: number;
            /** Id */
            id: number;
            /**
             * Immediate Notification
             * @description Derived: a death or two or more seriously injured: the employer had to notify at once
             */
            immediate_notification: boolean;
            /** Injury Factor Code */
            injury_factor_code: string | null;
            /** Investigating At */
            investigating_at: string | null;
            /** Investigating By */
            investigating_by: string | null;
            /**
             * Investigation Deadline
             * @description Derived: last day for the investigation record
             */
            investigation_deadline: string | null;
            investigation_level: components["schemas"]["InvestigationLevel"];
            /**
             * Investigation Limit Days
             * @description Derived: days the law allows, extension excluded
             */
            investigation_limit_days: number | null;
            /** Investigation Record Date */
            investigation_record_date: string | null;
            /** Investigation Team */
            investigation_team: string | null;
            kind: components["schemas"]["AccidentKind"];
            /** Needs Examination */
            needs_examination: boolean;
            notification_channel: components["schemas"]["NotificationChannel"];
            /**
             * Notification Late
             * @description Derived: immediate notification received over 24 hours after
             */
            notification_late: boolean;
            /**
             * Notified At
             * Format: date-time
             */
            notified_at: string;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /**
             * Occurred On
             * Format: date
             * @description Local (Vietnam) date of the accident
             */
            occurred_on: string;
            /**
             * Overdue
             * @description Derived: still open after the deadline
             */
            overdue: boolean;
            /** Place */
            place: string;
            /** Property Damage Vnd */
            property_damage_vnd: number;
            /** Reported By */
            reported_by: string;
            sector: components["schemas"]["Sector"];
            /** Serious Count */
            serious_count: number;
            /** @description Derived: the worst victim's severity; null without victims */
            severity: components["schemas"]["Severity"] | null;
            status: components["schemas"]["AccidentStatus"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Victims */
            victims: components["schemas"]["VictimOut"][];
            /** Victims Count */
            victims_count: number;
            /** Vsic Section */
            vsic_section: string | null;
            /** Zone Code */
            zone_code: string | null;
        };
        /** AccidentStats */
        AccidentStats: {
            /**
             * Date From
             * Format: date
             */
            date_from: string;
            /**
             * Date To
             * Format: date
             */
            date_to: string;
            group_by: components["schemas"]["StatsGroup"];
            /** @description Occupational accidents, or serious technical incidents */
            kind: components["schemas"]["AccidentKind"];
            /**
             * Rows
             * @description The groups with at least one accident (or a K numerator), in order
             */
            rows: components["schemas"]["StatsRow"][];
            /** @description The whole period, each accident and victim counted once */
            total: components["schemas"]["StatsFigures"];
        };
        /**
         * AccidentStatus
         * @enum {string}
         */
        AccidentStatus: "notified" | "investigating" | "concluded" | "closed";
        /**
         * AccidentSummary
         * @description A list row: the facts and what is derived from them, without the victims.
         */
        AccidentSummary: {
            /** Admin Unit Code */
            admin_unit_code: string;
            /** Cause Code */
            cause_code: string | null;
            /** Code */
            code: string;
            /** Deaths */
            deaths: number;
            /** Enterprise Id */
            enterprise_id: number | null;
            /** Enterprise Name */
            enterprise_name?: string | null;
            /** Female Count */
            female_count: number;
            /** Id */
            id: number;
            /**
             * Immediate Notification
             * @description Derived: a death or two or more seriously injured: the employer had to notify at once
             */
            immediate_notification: boolean;
            /** Injury Factor Code */
            injury_factor_code: string | null;
            /**
             * Investigation Deadline
             * @description Derived: last day for the investigation record
             */
            investigation_deadline: string | null;
            investigation_level: components["schemas"]["InvestigationLevel"];
            /**
             * Investigation Limit Days
             * @description Derived: days the law allows, extension excluded
             */
            investigation_limit_days: number | null;
            kind: components["schemas"]["AccidentKind"];
            notification_channel: components["schemas"]["NotificationChannel"];
            /**
             * Notification Late
             * @description Derived: immediate notification received over 24 hours after
             */
            notification_late: boolean;
            /**
             * Notified At
             * Format: date-time
             */
            notified_at: string;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /**
             * Occurred On
             * Format: date
             * @description Local (Vietnam) date of the accident
             */
            occurred_on: string;
            /**
             * Overdue
             * @description Derived: still open after the deadline
             */
            overdue: boolean;
            /** Place */
            place: string;
            sector: components["schemas"]["Sector"];
            /** Serious Count */
            serious_count: number;
            /** @description Derived: the worst victim's severity; null without victims */
            severity: components["schemas"]["Severity"] | null;
            status: components["schemas"]["AccidentStatus"];
            /** Version */
            version: number;
            /** Victims Count */
            victims_count: number;
            /** Vsic Section */
            vsic_section: string | null;
            /** Zone Code */
            zone_code: string | null;
        };
        /**
         * AccidentUpdate
         * @description Only the fields sent change. `victims`, when sent, replaces the list: a victim keeps its id when sent
         *     with it. Investigation fields need the investigate permission.
         */
        AccidentUpdate: {
            /** Admin Unit Code */
            admin_unit_code?: string | null;
            /** Cause Code */
            cause_code?: string | null;
            /** Description */
            description?: string | null;
            /** Extension Days */
            extension_days?: number | null;
            /** Extension Reason */
            extension_reason?: string | null;
            /** Injury Factor Code */
            injury_factor_code?: string | null;
            investigation_level?: components["schemas"]["InvestigationLevel"] | null;
            /** Investigation Record Date */
            investigation_record_date?: string | null;
            /** Investigation Team */
            investigation_team?: string | null;
            /** Needs Examination */
            needs_examination?: boolean | null;
            notification_channel?: components["schemas"]["NotificationChannel"] | null;
            /** Notified At */
            notified_at?: string | null;
            /** Occurred At */
            occurred_at?: string | null;
            /** Place */
            place?: string | null;
            /** Property Damage Vnd */
            property_damage_vnd?: number | null;
            /** Victims */
            victims?: components["schemas"]["VictimUpdate"][] | null;
        };
        /** AdminUnitOut */
        AdminUnitOut: {
            /** Code */
            code: string;
            /** Division Type */
            division_type: string;
            /** Level */
            level: string;
            /** Name */
            name: string;
            /** Parent Code */
            parent_code: string | null;
            /** Valid From */
            valid_from: string | null;
            /** Valid To */
            valid_to: string | null;
        };
        /** ApiClientCreate */
        ApiClientCreate: {
            /** Name */
            name: string;
            role: components["schemas"]["Role"];
            /** Scope */
            scope: components["schemas"]["ProvinceScope"] | components["schemas"]["CommunesScope"] | components["schemas"]["ZonesScope"] | components["schemas"]["EnterpriseScope"];
        };
        /** ApiClientCreated */
        ApiClientCreated: {
            /** Client Id */
            client_id: string;
            /**
             * Client Secret
             * @description Shown only in this answer; store it now. Null when the answer is an Idempotency-Key replay: the secret is never stored, so issue a new one with POST /api-clients/{id}/secret
             */
            client_secret: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            role: components["schemas"]["Role"];
            /** Scope */
            scope: components["schemas"]["ProvinceScope"] | components["schemas"]["CommunesScope"] | components["schemas"]["ZonesScope"] | components["schemas"]["EnterpriseScope"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** ApiClientOut */
        ApiClientOut: {
            /** Client Id */
            client_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Last Used At */
            last_used_at: string | null;
            /** Name */
            name: string;
            role: components["schemas"]["Role"];
            /** Scope */
            scope: components["schemas"]["ProvinceScope"] | components["schemas"]["CommunesScope"] | components["schemas"]["ZonesScope"] | components["schemas"]["EnterpriseScope"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** ApiClientUpdate */
        ApiClientUpdate: {
            /** Is Active */
            is_active?: boolean | null;
            /** Name */
            name?: string | null;
            role?: components["schemas"]["Role"] | null;
            /** Scope */
            scope?: (components["schemas"]["ProvinceScope"] | components["schemas"]["CommunesScope"] | components["schemas"]["ZonesScope"] | components["schemas"]["EnterpriseScope"]) | null;
        };
        /**
         * AttachmentKind
         * @enum {string}
         */
        AttachmentKind: "investigation_record" | "photo" | "other";
        /** AttachmentOut */
        AttachmentOut: {
            /** Accident Id */
            accident_id: number;
            /** Content Type */
            content_type: string;
            /** Filename */
            filename: string;
            /** Id */
            id: number;
            kind: components["schemas"]["AttachmentKind"];
            /** Sha256 */
            sha256: string;
            /** Size */
            size: number;
            /**
             * Uploaded At
             * Format: date-time
             */
            uploaded_at: string;
            /** Uploaded By */
            uploaded_by: string;
        };
        /**
         * Audience
         * @enum {string}
         */
        Audience: "employers" | "osh_officers" | "workers" | "health_workers" | "farmers" | "commune_officials" | "zone_board_staff";
        /** AuditEventOut */
        AuditEventOut: {
            /** Action */
            action: string;
            /** Actor Id */
            actor_id: number | null;
            /** Actor Kind */
            actor_kind: string;
            /** Actor Label */
            actor_label: string;
            /** After */
            after: {
                [key: string]: unknown;
            } | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Before */
            before: {
                [key: string]: unknown;
            } | null;
            /** Entity */
            entity: string;
            /** Entity Id */
            entity_id: string | null;
            /** Id */
            id: number;
            /** Request Id */
            request_id: string | null;
        };
        /** Body_add_attachment_api_v1_accidents__accident_id__attachments_post */
        Body_add_attachment_api_v1_accidents__accident_id__attachments_post: {
            /**
             * File
             * @description PDF, JPEG or PNG
             */
            file: string;
            /** @default other */
            kind: components["schemas"]["AttachmentKind"];
        };
        /** Body_attendance_import_api_v1_training_courses__course_id__attendance_import_post */
        Body_attendance_import_api_v1_training_courses__course_id__attendance_import_post: {
            /**
             * File
             * @description .xlsx in the layout of the course's attendance template
             */
            file: string;
        };
        /** Body_import_enterprises_api_v1_enterprises_import_post */
        Body_import_enterprises_api_v1_enterprises_import_post: {
            /**
             * File
             * @description .xlsx in the template's layout
             */
            file: string;
        };
        /** Body_token_api_v1_auth_token_post */
        Body_token_api_v1_auth_token_post: {
            /** Client Id */
            client_id?: string | null;
            /** Client Secret */
            client_secret?: string | null;
            /**
             * Grant Type
             * @enum {string}
             */
            grant_type: "password" | "refresh_token" | "client_credentials";
            /** Password */
            password?: string | null;
            /** Refresh Token */
            refresh_token?: string | null;
            /** Scope */
            scope?: string | null;
            /** Username */
            username?: string | null;
        };
        /** CommunesScope */
        CommunesScope: {
            /** Codes */
            codes: string[];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "communes";
        };
        /** CompliancePerson */
        CompliancePerson: {
            /** Birth Year */
            birth_year: number | null;
            document_kind: components["schemas"]["DocumentKind"] | null;
            /** Document Number */
            document_number: string | null;
            /**
             * Record Id
             * @description The person's latest passed record of the group
             */
            record_id: number;
            /** Trainee Group */
            trainee_group: number;
            /**
             * Valid Until
             * Format: date
             * @description Last day the training counts: the expiry, else the refresher due date
             */
            valid_until: string;
            /** Worker Name */
            worker_name: string;
        };
        /**
         * ContractStatus
         * @enum {string}
         */
        ContractStatus: "indefinite_term" | "fixed_term" | "probation" | "apprentice" | "no_contract";
        /** CourseCreate */
        CourseCreate: {
            /**
             * Admin Unit Code
             * @example 07420
             */
            admin_unit_code: string;
            /** @description Who a program-funded course is for */
            audience?: components["schemas"]["Audience"] | null;
            /**
             * End On
             * Format: date
             */
            end_on: string;
            /**
             * Enterprise Id
             * @description For an in-house course of one enterprise
             */
            enterprise_id?: number | null;
            /**
             * Funded By Program
             * @default false
             */
            funded_by_program: boolean;
            /** Hours */
            hours: number;
            /** @default first */
            kind: components["schemas"]["TrainingKind"];
            /** Place */
            place: string;
            /** Program Funding Vnd */
            program_funding_vnd?: number | null;
            /** Provider Id */
            provider_id: number;
            /**
             * Start On
             * Format: date
             */
            start_on: string;
            /** Title */
            title: string;
            /**
             * Trainee Group
             * @description Trainee group 1-6 (Decree 44/2016 Art. 17)
             */
            trainee_group: number;
        };
        /** CourseOut */
        CourseOut: {
            /** Admin Unit Code */
            admin_unit_code: string;
            audience: components["schemas"]["Audience"] | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * End On
             * Format: date
             */
            end_on: string;
            /** Enterprise Id */
            enterprise_id: number | null;
            /** Funded By Program */
            funded_by_program: boolean;
            /** Hours */
            hours: number;
            /**
             * Hours Below Minimum
             * @description Derived: a first training shorter than the group's minimum
             */
            hours_below_minimum: boolean;
            /** Id */
            id: number;
            kind: components["schemas"]["TrainingKind"];
            /**
             * Participants
             * @default 0
             */
            participants: number;
            /** Place */
            place: string;
            /** Program Funding Vnd */
            program_funding_vnd: number | null;
            /** Provider Id */
            provider_id: number;
            /** Provider Name */
            provider_name?: string | null;
            /**
             * Start On
             * Format: date
             */
            start_on: string;
            /** Title */
            title: string;
            /** Trainee Group */
            trainee_group: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** CourseUpdate */
        CourseUpdate: {
            /** Admin Unit Code */
            admin_unit_code?: string | null;
            audience?: components["schemas"]["Audience"] | null;
            /** End On */
            end_on?: string | null;
            /** Funded By Program */
            funded_by_program?: boolean | null;
            /** Hours */
            hours?: number | null;
            /** Place */
            place?: string | null;
            /** Program Funding Vnd */
            program_funding_vnd?: number | null;
            /** Start On */
            start_on?: string | null;
            /** Title */
            title?: string | null;
        };
        /** Deployment */
        Deployment: {
            province: components["schemas"]["Province"];
            /** Version */
            version: string;
        };
        /**
         * DocumentKind
         * @enum {string}
         */
        DocumentKind: "certificate" | "safety_card" | "log_book_entry";
        /**
         * EmployerReport
         * @description The employer's half-year or annual accident report (Decree 39/2016 Annex XII): the contract-sector
         *     accidents of one enterprise that the caller can see, by cause, injury factor and occupation.
         */
        EmployerReport: {
            /**
             * Date From
             * Format: date
             */
            date_from: string;
            /**
             * Date To
             * Format: date
             */
            date_to: string;
            header: components["schemas"]["EmployerReportHeader"];
            /** Period */
            period: string;
            /** Period Label */
            period_label: string;
            /**
             * Rows
             * @description Lines 1.1 (by cause), 1.2 (by injury factor), 1.3 (by occupation)
             */
            rows: components["schemas"]["ReportRow"][];
            /** @description Line 1 and the total line: every accident counted once */
            total: components["schemas"]["ReportFigures"];
        };
        /** EmployerReportHeader */
        EmployerReportHeader: {
            /** Address */
            address: string;
            /** Admin Unit Code */
            admin_unit_code: string;
            /** Commune */
            commune: string;
            /** Employees Female */
            employees_female: number;
            /** Employees Total */
            employees_total: number;
            /** Enterprise Id */
            enterprise_id: number;
            /** Legal Form */
            legal_form: string;
            /** Legal Form Label */
            legal_form_label: string;
            /**
             * Main Industry
             * @description The enterprise's VSIC section, named
             */
            main_industry: string;
            /** Ownership */
            ownership: string;
            /** Ownership Label */
            ownership_label: string;
            /** Province */
            province: string;
            /** Reporting Unit */
            reporting_unit: string;
            /** Tax Code */
            tax_code: string;
            /** Vsic Code */
            vsic_code: string;
        };
        /** EnterpriseCreate */
        EnterpriseCreate: {
            /** Address */
            address: string;
            /**
             * Admin Unit Code
             * @description Commune or ward of the head office (post-2025 code)
             * @example 07420
             */
            admin_unit_code: string;
            /** Annual Revenue Vnd */
            annual_revenue_vnd?: number | null;
            /** Email */
            email?: string | null;
            /**
             * Employees Female
             * @default 0
             */
            employees_female: number;
            /**
             * Employees Hazardous
             * @description Workers in heavy, hazardous or dangerous jobs
             * @default 0
             */
            employees_hazardous: number;
            /**
             * Employees Total
             * @default 0
             */
            employees_total: number;
            /** Founded On */
            founded_on?: string | null;
            /**
             * High Risk Override
             * @description Set to overrule the industry's risk; needs a reason
             */
            high_risk_override?: boolean | null;
            /** High Risk Reason */
            high_risk_reason?: string | null;
            legal_form: components["schemas"]["LegalForm"];
            /** Name */
            name: string;
            /** Osh Officer Email */
            osh_officer_email?: string | null;
            /** Osh Officer Name */
            osh_officer_name?: string | null;
            /** Osh Officer Phone */
            osh_officer_phone?: string | null;
            /** @default domestic_private */
            ownership: components["schemas"]["Ownership"];
            /** Phone */
            phone?: string | null;
            /** @default active */
            status: components["schemas"]["EnterpriseStatus"];
            /**
             * Tax Code
             * @example 0101234567
             * @example 0101234567-001
             */
            tax_code: string;
            /** Total Capital Vnd */
            total_capital_vnd?: number | null;
            /**
             * Vsic Code
             * @description Main industry, VSIC 2018 code of 2 to 5 digits
             * @example 4101
             * @example 25
             */
            vsic_code: string;
            /** Zone Code */
            zone_code?: string | null;
        };
        /** EnterpriseOut */
        EnterpriseOut: {
            /** Address */
            address: string;
            /** Admin Unit Code */
            admin_unit_code: string;
            /** Annual Revenue Vnd */
            annual_revenue_vnd: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string | null;
            /** Employees Female */
            employees_female: number;
            /** Employees Hazardous */
            employees_hazardous: number;
            /** Employees Total */
            employees_total: number;
            /** Founded On */
            founded_on: string | null;
            /**
             * High Risk
             * @description Derived from the industry unless overridden
             */
            high_risk: boolean;
            /** High Risk Override */
            high_risk_override: boolean | null;
            /** High Risk Reason */
            high_risk_reason: string | null;
            /** Id */
            id: number;
            legal_form: components["schemas"]["LegalForm"];
            /** Name */
            name: string;
            /** Osh Officer Email */
            osh_officer_email: string | null;
            /** Osh Officer Name */
            osh_officer_name: string | null;
            /** Osh Officer Phone */
            osh_officer_phone: string | null;
            ownership: components["schemas"]["Ownership"];
            /** Phone */
            phone: string | null;
            /** @description Derived (Decree 80/2021): micro, small, medium or large */
            size_class: components["schemas"]["SizeClass"];
            status: components["schemas"]["EnterpriseStatus"];
            /** Tax Code */
            tax_code: string;
            /** Total Capital Vnd */
            total_capital_vnd: number | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Vsic Code */
            vsic_code: string;
            /** Vsic Section */
            vsic_section: string;
            /** Zone Code */
            zone_code: string | null;
        };
        /** EnterpriseScope */
        EnterpriseScope: {
            /** Enterprise Id */
            enterprise_id: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "enterprise";
        };
        /**
         * EnterpriseStatus
         * @enum {string}
         */
        EnterpriseStatus: "active" | "suspended" | "dissolved";
        /**
         * EnterpriseUpdate
         * @description Only the fields sent change. The tax code identifies the enterprise and cannot change.
         */
        EnterpriseUpdate: {
            /** Address */
            address?: string | null;
            /** Admin Unit Code */
            admin_unit_code?: string | null;
            /** Annual Revenue Vnd */
            annual_revenue_vnd?: number | null;
            /** Email */
            email?: string | null;
            /** Employees Female */
            employees_female?: number | null;
            /** Employees Hazardous */
            employees_hazardous?: number | null;
            /** Employees Total */
            employees_total?: number | null;
            /** Founded On */
            founded_on?: string | null;
            /** High Risk Override */
            high_risk_override?: boolean | null;
            /** High Risk Reason */
            high_risk_reason?: string | null;
            legal_form?: components["schemas"]["LegalForm"] | null;
            /** Name */
            name?: string | null;
            /** Osh Officer Email */
            osh_officer_email?: string | null;
            /** Osh Officer Name */
            osh_officer_name?: string | null;
            /** Osh Officer Phone */
            osh_officer_phone?: string | null;
            ownership?: components["schemas"]["Ownership"] | null;
            /** Phone */
            phone?: string | null;
            status?: components["schemas"]["EnterpriseStatus"] | null;
            /** Total Capital Vnd */
            total_capital_vnd?: number | null;
            /** Vsic Code */
            vsic_code?: string | null;
            /** Zone Code */
            zone_code?: string | null;
        };
        /** FieldError */
        FieldError: {
            /** Code */
            code: string;
            /**
             * Field
             * @description Dotted path of the field, e.g. `scope.codes.0`; `row` numbers for imports
             */
            field: string;
            /** Message */
            message: string;
        };
        /** GroupCompliance */
        GroupCompliance: {
            /**
             * Expired
             * @description People whose latest document of the group has ended
             */
            expired: number;
            /**
             * Expiring
             * @description People whose latest document of the group ends within the warning window
             */
            expiring: number;
            /** Trainee Group */
            trainee_group: number;
            /**
             * Valid
             * @description People whose latest document of the group is valid beyond the warning window
             */
            valid: number;
        };
        /** GroupStates */
        GroupStates: {
            /** Expired */
            expired: number;
            /** Expiring */
            expiring: number;
            /** Failed */
            failed: number;
            /** Total */
            total: number;
            /** Trainee Group */
            trainee_group: number;
            /** Valid */
            valid: number;
        };
        /** Health */
        Health: {
            /**
             * Database
             * @enum {string}
             */
            database: "ok" | "unavailable";
            /**
             * Status
             * @enum {string}
             */
            status: "ok" | "degraded";
            /** Version */
            version: string;
        };
        /** ImportReport */
        ImportReport: {
            /** Created */
            created: number;
            /** Dry Run */
            dry_run: boolean;
            /** Errors */
            errors: components["schemas"]["ImportRowError"][];
            /**
             * Rows
             * @description Data rows read
             */
            rows: number;
            /**
             * Skipped
             * @description Rows left out because they have errors (with skip_invalid)
             */
            skipped: number;
            /** Unchanged */
            unchanged: number;
            /** Updated */
            updated: number;
            /**
             * Written
             * @description Whether anything was written
             */
            written: boolean;
        };
        /** ImportRowError */
        ImportRowError: {
            /** Code */
            code: string;
            /**
             * Column
             * @description Column header as in the file, when one column is at fault
             */
            column: string | null;
            /** Field */
            field: string | null;
            /** Message */
            message: string;
            /**
             * Row
             * @description Row number in the sheet (the header is row 1)
             */
            row: number;
        };
        /**
         * InvestigationLevel
         * @enum {string}
         */
        InvestigationLevel: "establishment" | "province" | "central";
        /**
         * LegalForm
         * @enum {string}
         */
        LegalForm: "llc_single_member" | "llc_multi_member" | "joint_stock" | "partnership" | "private_enterprise" | "branch" | "cooperative" | "cooperative_union" | "cooperative_group" | "household_business" | "craft_village_establishment" | "other";
        /** LogoutIn */
        LogoutIn: {
            /** Refresh Token */
            refresh_token: string;
        };
        /** MeOut */
        MeOut: {
            /** Email */
            email?: string | null;
            /** Full Name */
            full_name?: string | null;
            /** Id */
            id: number;
            /**
             * Kind
             * @enum {string}
             */
            kind: "user" | "client";
            /** Label */
            label: string;
            /** Permissions */
            permissions: string[];
            role: components["schemas"]["Role"];
            /** Scope */
            scope: components["schemas"]["ProvinceScope"] | components["schemas"]["CommunesScope"] | components["schemas"]["ZonesScope"] | components["schemas"]["EnterpriseScope"];
        };
        /**
         * NotificationChannel
         * @enum {string}
         */
        NotificationChannel: "in_person" | "phone" | "fax" | "email" | "post" | "online" | "other";
        /**
         * OrgClass
         * @enum {string}
         */
        OrgClass: "A" | "B" | "C";
        /**
         * Ownership
         * @enum {string}
         */
        Ownership: "state" | "domestic_private" | "foreign_invested" | "collective";
        /** Page[AccidentSummary] */
        Page_AccidentSummary_: {
            /** Items */
            items: components["schemas"]["AccidentSummary"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` for the next page; null on the last page
             */
            next_cursor: string | null;
            /**
             * Total
             * @description Rows matching the filters, all pages
             */
            total?: number | null;
        };
        /** Page[AdminUnitOut] */
        Page_AdminUnitOut_: {
            /** Items */
            items: components["schemas"]["AdminUnitOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` for the next page; null on the last page
             */
            next_cursor: string | null;
            /**
             * Total
             * @description Rows matching the filters, all pages
             */
            total?: number | null;
        };
        /** Page[ApiClientOut] */
        Page_ApiClientOut_: {
            /** Items */
            items: components["schemas"]["ApiClientOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` for the next page; null on the last page
             */
            next_cursor: string | null;
            /**
             * Total
             * @description Rows matching the filters, all pages
             */
            total?: number | null;
        };
        /** Page[AuditEventOut] */
        Page_AuditEventOut_: {
            /** Items */
            items: components["schemas"]["AuditEventOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` for the next page; null on the last page
             */
            next_cursor: string | null;
            /**
             * Total
             * @description Rows matching the filters, all pages
             */
            total?: number | null;
        };
        /** Page[CourseOut] */
        Page_CourseOut_: {
            /** Items */
            items: components["schemas"]["CourseOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` for the next page; null on the last page
             */
            next_cursor: string | null;
            /**
             * Total
             * @description Rows matching the filters, all pages
             */
            total?: number | null;
        };
        /** Page[EnterpriseOut] */
        Page_EnterpriseOut_: {
            /** Items */
            items: components["schemas"]["EnterpriseOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` for the next page; null on the last page
             */
            next_cursor: string | null;
            /**
             * Total
             * @description Rows matching the filters, all pages
             */
            total?: number | null;
        };
        /** Page[ProviderOut] */
        Page_ProviderOut_: {
            /** Items */
            items: components["schemas"]["ProviderOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` for the next page; null on the last page
             */
            next_cursor: string | null;
            /**
             * Total
             * @description Rows matching the filters, all pages
             */
            total?: number | null;
        };
        /** Page[RecordOut] */
        Page_RecordOut_: {
            /** Items */
            items: components["schemas"]["RecordOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` for the next page; null on the last page
             */
            next_cursor: string | null;
            /**
             * Total
             * @description Rows matching the filters, all pages
             */
            total?: number | null;
        };
        /** Page[UserOut] */
        Page_UserOut_: {
            /** Items */
            items: components["schemas"]["UserOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` for the next page; null on the last page
             */
            next_cursor: string | null;
            /**
             * Total
             * @description Rows matching the filters, all pages
             */
            total?: number | null;
        };
        /** Page[ZoneOut] */
        Page_ZoneOut_: {
            /** Items */
            items: components["schemas"]["ZoneOut"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` for the next page; null on the last page
             */
            next_cursor: string | null;
            /**
             * Total
             * @description Rows matching the filters, all pages
             */
            total?: number | null;
        };
        /** PasswordChangeIn */
        PasswordChangeIn: {
            /** Current Password */
            current_password: string;
            /** New Password */
            new_password: string;
        };
        /** PasswordResetIn */
        PasswordResetIn: {
            /** Password */
            password: string;
        };
        /**
         * Problem
         * @description RFC 9457 problem details.
         */
        Problem: {
            /** Detail */
            detail?: string | null;
            /** Errors */
            errors?: components["schemas"]["FieldError"][] | null;
            /** Instance */
            instance?: string | null;
            /** Request Id */
            request_id?: string | null;
            /** Status */
            status: number;
            /** Title */
            title: string;
            /**
             * Type
             * @example urn:osh:problem:validation_error
             */
            type: string;
        };
        /** ProgramFigures */
        ProgramFigures: {
            /** Courses */
            courses: number;
            /** Funding Vnd */
            funding_vnd: number;
            /**
             * Participants
             * @description Training records of these courses in the caller's scope
             */
            participants: number;
        };
        /** ProgramRow */
        ProgramRow: {
            /** @description Null for program courses recorded without an audience */
            audience: components["schemas"]["Audience"] | null;
            previous_year: components["schemas"]["ProgramFigures"];
            year: components["schemas"]["ProgramFigures"];
        };
        /** ProgramTotal */
        ProgramTotal: {
            previous_year: components["schemas"]["ProgramFigures"];
            year: components["schemas"]["ProgramFigures"];
        };
        /** ProviderCreate */
        ProviderCreate: {
            /** Address */
            address?: string | null;
            /** Admin Unit Code */
            admin_unit_code?: string | null;
            /**
             * Enterprise Id
             * @description The employer, for a self-training employer only
             */
            enterprise_id?: number | null;
            /** @default organisation */
            kind: components["schemas"]["ProviderKind"];
            /**
             * License Expires On
             * Format: date
             */
            license_expires_on: string;
            /**
             * License Issued On
             * Format: date
             */
            license_issued_on: string;
            /**
             * License Number
             * @description Number of the certificate of eligibility, or of the decision
             */
            license_number: string;
            /** Name */
            name: string;
            /** @description A, B or C: the groups it may train follow from it */
            org_class: components["schemas"]["OrgClass"];
            /** Phone */
            phone?: string | null;
        };
        /**
         * ProviderKind
         * @enum {string}
         */
        ProviderKind: "organisation" | "self_training_employer";
        /** ProviderOut */
        ProviderOut: {
            /** Address */
            address: string | null;
            /** Admin Unit Code */
            admin_unit_code: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Enterprise Id */
            enterprise_id: number | null;
            /** Id */
            id: number;
            kind: components["schemas"]["ProviderKind"];
            /**
             * License Expires On
             * Format: date
             */
            license_expires_on: string;
            /**
             * License Issued On
             * Format: date
             */
            license_issued_on: string;
            /** License Number */
            license_number: string;
            /**
             * License Valid
             * @description Derived: the licence is in force today
             */
            license_valid: boolean;
            /** Name */
            name: string;
            org_class: components["schemas"]["OrgClass"];
            /** Phone */
            phone: string | null;
            /**
             * Trains Groups
             * @description Derived from the class
             */
            trains_groups: number[];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** ProviderUpdate */
        ProviderUpdate: {
            /** Address */
            address?: string | null;
            /** Admin Unit Code */
            admin_unit_code?: string | null;
            /** License Expires On */
            license_expires_on?: string | null;
            /** License Issued On */
            license_issued_on?: string | null;
            /** Name */
            name?: string | null;
            org_class?: components["schemas"]["OrgClass"] | null;
            /** Phone */
            phone?: string | null;
        };
        /** Province */
        Province: {
            /**
             * Code
             * @example 24
             */
            code: string;
            /**
             * Name
             * @example Bắc Ninh
             */
            name: string;
            /**
             * Title En
             * @example Bắc Ninh province
             */
            title_en: string;
            /**
             * Title Vi
             * @description The name as written in Vietnamese titles
             * @example Tỉnh Bắc Ninh
             */
            title_vi: string;
        };
        /**
         * ProvinceReport
         * @description The province's accident summary for a period, by sector, cause, injury factor, occupation and commune,
         *     over what the caller can see.
         */
        ProvinceReport: {
            /**
             * Date From
             * Format: date
             */
            date_from: string;
            /**
             * Date To
             * Format: date
             */
            date_to: string;
            /** @description Contract sector: victims per 1,000 workers */
            k: components["schemas"]["Rate"];
            /** @description Contract sector: deaths per 1,000 workers */
            k_fatal: components["schemas"]["Rate"];
            /** Period */
            period: string;
            /** Period Label */
            period_label: string;
            /** Province */
            province: string;
            /** Province Code */
            province_code: string;
            /**
             * Rows
             * @description Lines by cause, injury factor, occupation and commune
             */
            rows: components["schemas"]["ProvinceReportRow"][];
            /**
             * Scope
             * @description What the figures cover: the whole province, or the caller's communes, zones...
             */
            scope: string;
            /** @description Every accident counted once, by sector and in all */
            total: components["schemas"]["SectorSplit"];
        };
        /** ProvinceReportRow */
        ProvinceReportRow: {
            /** Code */
            code: string | null;
            /** @description Null for a heading line */
            figures: components["schemas"]["SectorSplit"] | null;
            /** @description Contract sector, on commune lines: victims per 1,000 workers */
            k: components["schemas"]["Rate"] | null;
            /** @description Contract sector, on commune lines: deaths per 1,000 workers */
            k_fatal: components["schemas"]["Rate"] | null;
            /** Label */
            label: string;
            /** Level */
            level: number;
            /** Number */
            number: string | null;
            section: components["schemas"]["ReportSection"];
        };
        /** ProvinceScope */
        ProvinceScope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "province";
        };
        /**
         * Rate
         * @description A frequency rate per 1,000 workers, with what it is computed from.
         */
        Rate: {
            /**
             * Denominator
             * @description Workers of the enterprises concerned (contract sector)
             */
            denominator: number | null;
            /** Numerator */
            numerator: number;
            /**
             * Value
             * @description numerator * 1000 / denominator, 2 decimals; null without workers
             */
            value: number | null;
        };
        /** RecordCreate */
        RecordCreate: {
            /**
             * Admin Unit Code
             * @description Where the worker is, for a record without an enterprise or course
             */
            admin_unit_code?: string | null;
            /** Birth Year */
            birth_year?: number | null;
            /** Citizen Id */
            citizen_id?: string | null;
            /** Course Id */
            course_id?: number | null;
            /**
             * Document Number
             * @description Certificate or safety card number, unique per provider; none for a log-book entry
             */
            document_number?: string | null;
            /** Enterprise Id */
            enterprise_id?: number | null;
            /**
             * Hours
             * @description The course's hours when left out
             */
            hours?: number | null;
            /**
             * Issued On
             * @description The course's last day when left out
             */
            issued_on?: string | null;
            /** @description The course's kind when left out (else first) */
            kind?: components["schemas"]["TrainingKind"] | null;
            /** Notes */
            notes?: string | null;
            /** Occupation */
            occupation?: string | null;
            /**
             * Provider Id
             * @description The course's provider when left out
             */
            provider_id?: number | null;
            /** @default pass */
            result: components["schemas"]["Result"];
            /**
             * Trainee Group
             * @description The course's group when left out
             */
            trainee_group?: number | null;
            /** Worker Name */
            worker_name: string;
        };
        /** RecordOut */
        RecordOut: {
            /** Admin Unit Code */
            admin_unit_code: string;
            /** Birth Year */
            birth_year: number | null;
            /** Citizen Id */
            citizen_id: string | null;
            /** Course Id */
            course_id: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** @description Derived from the group */
            document_kind: components["schemas"]["DocumentKind"] | null;
            /** Document Number */
            document_number: string | null;
            /** Enterprise Id */
            enterprise_id: number | null;
            /** Enterprise Name */
            enterprise_name?: string | null;
            /**
             * Expires On
             * @description Derived: last valid day of the certificate or card
             */
            expires_on: string | null;
            /** Hours */
            hours: number;
            /**
             * Hours Below Minimum
             * @description Derived: a first training shorter than the group's minimum
             */
            hours_below_minimum: boolean;
            /** Id */
            id: number;
            /**
             * Issued On
             * Format: date
             */
            issued_on: string;
            kind: components["schemas"]["TrainingKind"];
            /** Notes */
            notes: string | null;
            /** Occupation */
            occupation: string | null;
            /** Provider Id */
            provider_id: number;
            /** Provider Name */
            provider_name?: string | null;
            /**
             * Refresher Due On
             * @description Derived: the periodic training is due by this day
             */
            refresher_due_on: string | null;
            result: components["schemas"]["Result"];
            /** @description Derived today: valid, expiring (within 60 days), expired, failed */
            state: components["schemas"]["RecordState"];
            /** Trainee Group */
            trainee_group: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Valid Until */
            valid_until: string | null;
            /** Version */
            version: number;
            /** Worker Name */
            worker_name: string;
            /** Zone Code */
            zone_code: string | null;
        };
        /**
         * RecordState
         * @enum {string}
         */
        RecordState: "valid" | "expiring" | "expired" | "failed";
        /** RecordUpdate */
        RecordUpdate: {
            /** Birth Year */
            birth_year?: number | null;
            /** Citizen Id */
            citizen_id?: string | null;
            /** Document Number */
            document_number?: string | null;
            /** Hours */
            hours?: number | null;
            /** Issued On */
            issued_on?: string | null;
            /** Notes */
            notes?: string | null;
            /** Occupation */
            occupation?: string | null;
            result?: components["schemas"]["Result"] | null;
            /** Worker Name */
            worker_name?: string | null;
        };
        /**
         * ReportFigures
         * @description The columns of the Decree 39/2016 Annex XII table. Money in VND (the workbooks show thousand VND).
         */
        ReportFigures: {
            /** Accidents */
            accidents: number;
            /** Compensation Vnd */
            compensation_vnd: number;
            /**
             * Cost Vnd
             * @description Costs: medical + wages during treatment + compensation (no property damage)
             */
            cost_vnd: number;
            /**
             * Days Off
             * @description Days off because of the accidents
             */
            days_off: number;
            /** Deaths */
            deaths: number;
            /** Deaths Not Managed */
            deaths_not_managed: number;
            /**
             * Fatal Accidents
             * @description Accidents with at least one death
             */
            fatal_accidents: number;
            /** Female Victims */
            female_victims: number;
            /** Female Victims Not Managed */
            female_victims_not_managed: number;
            /** Medical Cost Vnd */
            medical_cost_vnd: number;
            /**
             * Multi Victim Accidents
             * @description Accidents with two or more victims
             */
            multi_victim_accidents: number;
            /** Property Damage Vnd */
            property_damage_vnd: number;
            /** Serious Injuries */
            serious_injuries: number;
            /** Serious Injuries Not Managed */
            serious_injuries_not_managed: number;
            /** Victims */
            victims: number;
            /**
             * Victims Not Managed
             * @description Of the victims, those not under the employer's management
             */
            victims_not_managed: number;
            /** Wages During Treatment Vnd */
            wages_during_treatment_vnd: number;
        };
        /**
         * ReportRow
         * @description A line of the report table: a heading (no figures) or a line of figures.
         */
        ReportRow: {
            /**
             * Code
             * @description Code column (mã số): the cause, injury factor, occupation or commune code
             */
            code: string | null;
            /** @description Null for a heading line */
            figures: components["schemas"]["ReportFigures"] | null;
            /** Label */
            label: string;
            /**
             * Level
             * @description Indent level in the form, 0 for top lines
             */
            level: number;
            /**
             * Number
             * @description The line's number in the form: 1, 1.1, a...
             */
            number: string | null;
            section: components["schemas"]["ReportSection"];
        };
        /**
         * ReportSection
         * @enum {string}
         */
        ReportSection: "cause" | "injury_factor" | "occupation" | "commune";
        /**
         * Result
         * @enum {string}
         */
        Result: "pass" | "fail";
        /**
         * Role
         * @enum {string}
         */
        Role: "admin" | "province_officer" | "inspector" | "commune_officer" | "zone_board" | "enterprise_user" | "health_facility" | "viewer";
        /**
         * Sector
         * @enum {string}
         */
        Sector: "contract" | "non_contract";
        /** SectorSplit */
        SectorSplit: {
            contract: components["schemas"]["ReportFigures"];
            non_contract: components["schemas"]["ReportFigures"];
            total: components["schemas"]["ReportFigures"];
        };
        /**
         * Severity
         * @enum {string}
         */
        Severity: "fatal" | "serious" | "minor";
        /**
         * Sex
         * @enum {string}
         */
        Sex: "male" | "female";
        /**
         * Share
         * @description A share with what it is computed from.
         */
        Share: {
            /** Denominator */
            denominator: number;
            /** Numerator */
            numerator: number;
            /**
             * Percent
             * @description numerator x 100 / denominator, 1 decimal, half up; null when 0
             */
            percent: number | null;
        };
        /**
         * SizeClass
         * @enum {string}
         */
        SizeClass: "micro" | "small" | "medium" | "large";
        /** StateCounts */
        StateCounts: {
            /** Expired */
            expired: number;
            /** Expiring */
            expiring: number;
            /** Failed */
            failed: number;
            /** Total */
            total: number;
            /** Valid */
            valid: number;
        };
        /** StatsFigures */
        StatsFigures: {
            /** Accidents */
            accidents: number;
            /** Compensation Vnd */
            compensation_vnd: number;
            /** Days Off */
            days_off: number;
            /** Deaths */
            deaths: number;
            /**
             * Fatal Accidents
             * @description Accidents with at least one death
             */
            fatal_accidents: number;
            /** Female Victims */
            female_victims: number;
            /** @description K: contract-sector victims per 1,000 workers; null where not meaningful */
            k: components["schemas"]["Rate"] | null;
            /** @description K-fatal: contract-sector deaths per 1,000 workers */
            k_fatal: components["schemas"]["Rate"] | null;
            /** Medical Cost Vnd */
            medical_cost_vnd: number;
            /**
             * Multi Victim Accidents
             * @description Accidents with two or more victims
             */
            multi_victim_accidents: number;
            /** Property Damage Vnd */
            property_damage_vnd: number;
            /** Serious Injuries */
            serious_injuries: number;
            /**
             * Total Cost Vnd
             * @description Medical costs + wages during treatment + compensation + property damage
             */
            total_cost_vnd: number;
            /** Victims */
            victims: number;
            /** Wages During Treatment Vnd */
            wages_during_treatment_vnd: number;
        };
        /**
         * StatsGroup
         * @enum {string}
         */
        StatsGroup: "commune" | "zone" | "industry_section" | "cause" | "injury_factor" | "occupation" | "month" | "severity" | "sector";
        /** StatsRow */
        StatsRow: {
            /** Accidents */
            accidents: number;
            /** Compensation Vnd */
            compensation_vnd: number;
            /** Days Off */
            days_off: number;
            /** Deaths */
            deaths: number;
            /**
             * Fatal Accidents
             * @description Accidents with at least one death
             */
            fatal_accidents: number;
            /** Female Victims */
            female_victims: number;
            /** @description K: contract-sector victims per 1,000 workers; null where not meaningful */
            k: components["schemas"]["Rate"] | null;
            /** @description K-fatal: contract-sector deaths per 1,000 workers */
            k_fatal: components["schemas"]["Rate"] | null;
            /**
             * Key
             * @description The group's code (commune, zone, section, cause...); null when not recorded
             */
            key: string | null;
            /** Label */
            label: string;
            /** Medical Cost Vnd */
            medical_cost_vnd: number;
            /**
             * Multi Victim Accidents
             * @description Accidents with two or more victims
             */
            multi_victim_accidents: number;
            /** Property Damage Vnd */
            property_damage_vnd: number;
            /** Serious Injuries */
            serious_injuries: number;
            /**
             * Total Cost Vnd
             * @description Medical costs + wages during treatment + compensation + property damage
             */
            total_cost_vnd: number;
            /** Victims */
            victims: number;
            /** Wages During Treatment Vnd */
            wages_during_treatment_vnd: number;
        };
        /** StatusChange */
        StatusChange: {
            /** Note */
            note?: string | null;
            /**
             * Record Date
             * @description Date of the investigation record, only when concluding; today when left out
             */
            record_date?: string | null;
            status: components["schemas"]["AccidentStatus"];
        };
        /** TokenOut */
        TokenOut: {
            /** Access Token */
            access_token: string;
            /**
             * Expires In
             * @description Seconds until the access token expires
             */
            expires_in: number;
            /**
             * Refresh Token
             * @description Absent for client credentials
             */
            refresh_token?: string | null;
            /**
             * Token Type
             * @default bearer
             * @constant
             */
            token_type: "bearer";
        };
        /**
         * TrainingCompliance
         * @description The training of one enterprise's people on one day. A person is one citizen id, or, without one, one
         *     folded name with one birth year; in each group the person's latest passed record counts.
         */
        TrainingCompliance: {
            /** Enterprise Id */
            enterprise_id: number;
            /** Enterprise Name */
            enterprise_name: string;
            /**
             * Expired
             * @description Most recently ended first; at most 500
             */
            expired: components["schemas"]["CompliancePerson"][];
            /**
             * Expiring
             * @description Soonest first; at most 500
             */
            expiring: components["schemas"]["CompliancePerson"][];
            /** Expiring Within Days */
            expiring_within_days: number;
            /**
             * Groups
             * @description Every trainee group 1-6, in order
             */
            groups: components["schemas"]["GroupCompliance"][];
            /**
             * Managers Trained
             * @description People holding a group-1 certificate in force
             */
            managers_trained: number;
            /**
             * On
             * Format: date
             * @description The day the states are computed for (today)
             */
            on: string;
            /**
             * Osh Officer Trained
             * @description Someone holds a group-2 certificate in force
             */
            osh_officer_trained: boolean;
            /** @description People holding a group-3 safety card in force / the enterprise's employees_hazardous */
            strict_osh_workers_with_card: components["schemas"]["Share"];
        };
        /**
         * TrainingKind
         * @enum {string}
         */
        TrainingKind: "first" | "refresher" | "retraining";
        /**
         * TrainingStats
         * @description Training figures of the caller's scope for a year, on the year's last day (today for the current
         *     year). Enterprise figures count active enterprises of the registry as it is now.
         */
        TrainingStats: {
            /** @description High-risk enterprises with a group-1 certificate in force / high-risk enterprises */
            high_risk_enterprises_with_managers: components["schemas"]["Share"];
            /** @description High-risk enterprises with a group-2 certificate in force / high-risk enterprises */
            high_risk_enterprises_with_osh_officer: components["schemas"]["Share"];
            /**
             * On
             * Format: date
             * @description The day documents are judged in force: 31 December, or today
             */
            on: string;
            /**
             * Program By Audience
             * @description Program-funded courses starting in the year
             */
            program_by_audience: components["schemas"]["ProgramRow"][];
            program_total: components["schemas"]["ProgramTotal"];
            /**
             * Records By Group
             * @description Records issued by the day, by their state that day
             */
            records_by_group: components["schemas"]["GroupStates"][];
            records_total: components["schemas"]["StateCounts"];
            /** @description People with a group-3 safety card in force at active enterprises / their employees_hazardous */
            strict_osh_workers_with_card: components["schemas"]["Share"];
            /** Year */
            year: number;
        };
        /** UserCreate */
        UserCreate: {
            /** Email */
            email: string;
            /** Full Name */
            full_name: string;
            /** Password */
            password: string;
            role: components["schemas"]["Role"];
            /** Scope */
            scope: components["schemas"]["ProvinceScope"] | components["schemas"]["CommunesScope"] | components["schemas"]["ZonesScope"] | components["schemas"]["EnterpriseScope"];
        };
        /** UserOut */
        UserOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string;
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Last Login At */
            last_login_at: string | null;
            /** Locked Until */
            locked_until: string | null;
            role: components["schemas"]["Role"];
            /** Scope */
            scope: components["schemas"]["ProvinceScope"] | components["schemas"]["CommunesScope"] | components["schemas"]["ZonesScope"] | components["schemas"]["EnterpriseScope"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** UserUpdate */
        UserUpdate: {
            /** Full Name */
            full_name?: string | null;
            /** Is Active */
            is_active?: boolean | null;
            role?: components["schemas"]["Role"] | null;
            /** Scope */
            scope?: (components["schemas"]["ProvinceScope"] | components["schemas"]["CommunesScope"] | components["schemas"]["ZonesScope"] | components["schemas"]["EnterpriseScope"]) | null;
        };
        /**
         * VerifyOut
         * @description What a field check of a certificate or safety card may learn: never the holder's full name or citizen id.
         */
        VerifyOut: {
            /**
             * Birth Year
             * @example 1990
             */
            birth_year: number | null;
            document_kind: components["schemas"]["DocumentKind"] | null;
            /**
             * Expires On
             * @description Last valid day; null for a document without expiry
             */
            expires_on: string | null;
            /**
             * Holder Initials
             * @description Initials of the holder's name
             * @example N. V. Đ.
             */
            holder_initials: string | null;
            /** Issued On */
            issued_on: string | null;
            /** Provider Name */
            provider_name: string | null;
            /** @description valid, expiring (within 60 days), expired, failed (the number belongs to a failed result), or unknown (no such number from this provider; every other field is then null) */
            status: components["schemas"]["VerifyStatus"];
            /**
             * Trainee Group
             * @example 3
             */
            trainee_group: number | null;
        };
        /**
         * VerifyStatus
         * @enum {string}
         */
        VerifyStatus: "valid" | "expiring" | "expired" | "failed" | "unknown";
        /** VictimIn */
        VictimIn: {
            /** Birth Year */
            birth_year?: number | null;
            /**
             * Capacity Loss Pct
             * @description Work-capacity loss, when assessed
             */
            capacity_loss_pct?: number | null;
            /**
             * Citizen Id
             * @description 12-digit citizen identity number
             */
            citizen_id?: string | null;
            /**
             * Compensation Vnd
             * @description Compensation or allowance paid, VND
             * @default 0
             */
            compensation_vnd: number;
            /** @default indefinite_term */
            contract_status: components["schemas"]["ContractStatus"];
            /**
             * Days Off
             * @default 0
             */
            days_off: number;
            /** Full Name */
            full_name: string;
            /** Injury Description */
            injury_description?: string | null;
            /**
             * Medical Cost Vnd
             * @description VND
             * @default 0
             */
            medical_cost_vnd: number;
            /**
             * Not Under Management
             * @description The victim is not under the reporting employer's management (e.g. a subcontractor's worker)
             * @default false
             */
            not_under_management: boolean;
            /**
             * Occupation Code
             * @description Occupation, national list (VSCO) code
             */
            occupation_code?: string | null;
            severity: components["schemas"]["Severity"];
            sex: components["schemas"]["Sex"];
            /**
             * Wages During Treatment Vnd
             * @description VND
             * @default 0
             */
            wages_during_treatment_vnd: number;
        };
        /** VictimOut */
        VictimOut: {
            /** Birth Year */
            birth_year: number | null;
            /** Capacity Loss Pct */
            capacity_loss_pct: number | null;
            /** Citizen Id */
            citizen_id: string | null;
            /** Compensation Vnd */
            compensation_vnd: number;
            contract_status: components["schemas"]["ContractStatus"];
            /** Days Off */
            days_off: number;
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
            /** Injury Description */
            injury_description: string | null;
            /** Medical Cost Vnd */
            medical_cost_vnd: number;
            /** Not Under Management */
            not_under_management: boolean;
            /** Occupation Code */
            occupation_code: string | null;
            severity: components["schemas"]["Severity"];
            sex: components["schemas"]["Sex"];
            /** Wages During Treatment Vnd */
            wages_during_treatment_vnd: number;
        };
        /** VictimUpdate */
        VictimUpdate: {
            /** Birth Year */
            birth_year?: number | null;
            /**
             * Capacity Loss Pct
             * @description Work-capacity loss, when assessed
             */
            capacity_loss_pct?: number | null;
            /**
             * Citizen Id
             * @description 12-digit citizen identity number
             */
            citizen_id?: string | null;
            /**
             * Compensation Vnd
             * @description Compensation or allowance paid, VND
             * @default 0
             */
            compensation_vnd: number;
            /** @default indefinite_term */
            contract_status: components["schemas"]["ContractStatus"];
            /**
             * Days Off
             * @default 0
             */
            days_off: number;
            /** Full Name */
            full_name: string;
            /**
             * Id
             * @description An existing victim's id; absent for a new victim
             */
            id?: number | null;
            /** Injury Description */
            injury_description?: string | null;
            /**
             * Medical Cost Vnd
             * @description VND
             * @default 0
             */
            medical_cost_vnd: number;
            /**
             * Not Under Management
             * @description The victim is not under the reporting employer's management (e.g. a subcontractor's worker)
             * @default false
             */
            not_under_management: boolean;
            /**
             * Occupation Code
             * @description Occupation, national list (VSCO) code
             */
            occupation_code?: string | null;
            severity: components["schemas"]["Severity"];
            sex: components["schemas"]["Sex"];
            /**
             * Wages During Treatment Vnd
             * @description VND
             * @default 0
             */
            wages_during_treatment_vnd: number;
        };
        /** ZoneCreate */
        ZoneCreate: {
            /**
             * Admin Unit Code
             * @example 07420
             */
            admin_unit_code: string;
            /** Code */
            code: string;
            kind: components["schemas"]["ZoneKind"];
            /** Name */
            name: string;
        };
        /**
         * ZoneKind
         * @enum {string}
         */
        ZoneKind: "industrial_zone" | "economic_zone" | "industrial_cluster";
        /** ZoneOut */
        ZoneOut: {
            /** Admin Unit Code */
            admin_unit_code: string;
            /** Code */
            code: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            kind: components["schemas"]["ZoneKind"];
            /** Name */
            name: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** ZonesScope */
        ZonesScope: {
            /** Codes */
            codes: string[];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "zones";
        };
        /** ZoneUpdate */
        ZoneUpdate: {
            /** Admin Unit Code */
            admin_unit_code?: string | null;
            kind?: components["schemas"]["ZoneKind"] | null;
            /** Name */
            name?: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_accidents_api_v1_accidents_get: {
        parameters: {
            query?: {
                admin_unit?: string[] | null;
                /** @description `next_cursor` of the previous page; absent for the first page */
                cursor?: string | null;
                /** @description Occurred on or after (local date) */
                date_from?: string | null;
                /** @description Occurred on or before (local date) */
                date_to?: string | null;
                enterprise_id?: number | null;
                immediate_notification?: boolean | null;
                kind?: components["schemas"]["AccidentKind"][] | null;
                /** @description Page size, 1 to 200 */
                limit?: number;
                /** @description Open investigations past their deadline */
                overdue?: boolean | null;
                /** @description Code, place, enterprise or victim name; diacritics ignored */
                q?: string | null;
                sector?: components["schemas"]["Sector"][] | null;
                severity?: components["schemas"]["Severity"][] | null;
                /** @description Sort field, `-` first for descending: occurred_at (default `-occurred_at`), code, created_at, updated_at */
                sort?: string | null;
                status?: components["schemas"]["AccidentStatus"][] | null;
                zone?: string[] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AccidentSummary_"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_accident_api_v1_accidents_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccidentCreate"];
            };
        };
        responses: {
            /** @description Created; `Location` and `ETag` set */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccidentOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_accident_api_v1_accidents__accident_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accident_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccidentOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_accident_api_v1_accidents__accident_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accident_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_accident_api_v1_accidents__accident_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accident_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccidentUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccidentOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_attachments_api_v1_accidents__accident_id__attachments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accident_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentOut"][];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    add_attachment_api_v1_accidents__accident_id__attachments_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accident_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_add_attachment_api_v1_accidents__accident_id__attachments_post"];
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a PDF, JPEG or PNG file */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    download_attachment_api_v1_accidents__accident_id__attachments__attachment_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accident_id: number;
                attachment_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_attachment_api_v1_accidents__accident_id__attachments__attachment_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accident_id: number;
                attachment_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_status_api_v1_accidents__accident_id__status_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accident_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChange"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccidentOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    accident_timeline_api_v1_accidents__accident_id__timeline_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page; absent for the first page */
                cursor?: string | null;
                /** @description Page size, 1 to 200 */
                limit?: number;
            };
            header?: never;
            path: {
                accident_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditEventOut_"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    employer_report_api_v1_accidents_employer_report_get: {
        parameters: {
            query: {
                enterprise_id: number;
                format?: "json" | "xlsx";
                /** @description `2025` for the year, `2025-H1` for January-June */
                period: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or an Excel workbook with format=xlsx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    province_report_api_v1_accidents_province_report_get: {
        parameters: {
            query: {
                format?: "json" | "xlsx";
                /** @description `2025` for the year, `2025-H1` for January-June */
                period: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or an Excel workbook with format=xlsx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    accident_stats_api_v1_accidents_stats_get: {
        parameters: {
            query?: {
                /** @description First day (with date_to), instead of year/half */
                date_from?: string | null;
                /** @description Last day, included */
                date_to?: string | null;
                group_by?: components["schemas"]["StatsGroup"];
                /** @description With year: 1 for January-June, 2 for July-December */
                half?: number | null;
                /** @description Occupational accidents (default), or serious technical incidents */
                kind?: components["schemas"]["AccidentKind"];
                year?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccidentStats"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_admin_units_api_v1_admin_units_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page; absent for the first page */
                cursor?: string | null;
                include_expired?: boolean;
                level?: ("province" | "district" | "commune") | null;
                /** @description Page size, 1 to 200 */
                limit?: number;
                /** @description Parent unit code; `province` for the deployment's */
                parent?: string | null;
                /** @description Name; case and diacritics ignored */
                q?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AdminUnitOut_"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_admin_unit_api_v1_admin_units__code__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUnitOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_clients_api_v1_api_clients_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page; absent for the first page */
                cursor?: string | null;
                /** @description Page size, 1 to 200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ApiClientOut_"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_client_api_v1_api_clients_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiClientCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientCreated"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_client_api_v1_api_clients__client_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivate_client_api_v1_api_clients__client_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_client_api_v1_api_clients__client_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiClientUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotate_client_secret_api_v1_api_clients__client_id__secret_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                client_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientCreated"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_audit_events_api_v1_audit_events_get: {
        parameters: {
            query?: {
                action?: string | null;
                actor_id?: number | null;
                actor_kind?: ("user" | "client" | "system") | null;
                /** @description `next_cursor` of the previous page; absent for the first page */
                cursor?: string | null;
                entity?: string | null;
                entity_id?: string | null;
                /** @description ISO 8601 date-time with a UTC offset */
                from?: string | null;
                /** @description Page size, 1 to 200 */
                limit?: number;
                /** @description ISO 8601 date-time with a UTC offset */
                to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditEventOut_"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout_api_v1_auth_logout_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    me_api_v1_auth_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_password_api_v1_auth_password_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    token_api_v1_auth_token_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_token_api_v1_auth_token_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deployment_api_v1_deployment_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
        };
    };
    list_enterprises_api_v1_enterprises_get: {
        parameters: {
            query?: {
                /** @description Commune codes */
                admin_unit?: string[] | null;
                /** @description `next_cursor` of the previous page; absent for the first page */
                cursor?: string | null;
                high_risk?: boolean | null;
                legal_form?: components["schemas"]["LegalForm"][] | null;
                /** @description Page size, 1 to 200 */
                limit?: number;
                /** @description Name, tax code or address; case and diacritics ignored */
                q?: string | null;
                size_class?: components["schemas"]["SizeClass"][] | null;
                /** @description Sort field, `-` first for descending: name, tax_code, employees_total, created_at, updated_at */
                sort?: string | null;
                status?: components["schemas"]["EnterpriseStatus"][] | null;
                vsic_section?: string[] | null;
                zone?: string[] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_EnterpriseOut_"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_enterprise_api_v1_enterprises_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnterpriseCreate"];
            };
        };
        responses: {
            /** @description Created; `Location` and `ETag` set */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_enterprise_api_v1_enterprises__enterprise_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_enterprise_api_v1_enterprises__enterprise_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_enterprise_api_v1_enterprises__enterprise_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnterpriseUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enterprise_history_api_v1_enterprises__enterprise_id__history_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page; absent for the first page */
                cursor?: string | null;
                /** @description Page size, 1 to 200 */
                limit?: number;
            };
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditEventOut_"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    training_compliance_api_v1_enterprises__enterprise_id__training_compliance_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingCompliance"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_enterprises_api_v1_enterprises_export_get: {
        parameters: {
            query?: {
                /** @description Commune codes */
                admin_unit?: string[] | null;
                format?: string;
                high_risk?: boolean | null;
                legal_form?: components["schemas"]["LegalForm"][] | null;
                /** @description Name, tax code or address; case and diacritics ignored */
                q?: string | null;
                size_class?: components["schemas"]["SizeClass"][] | null;
                /** @description Sort field, `-` first for descending: name, tax_code, employees_total, created_at, updated_at */
                sort?: string | null;
                status?: components["schemas"]["EnterpriseStatus"][] | null;
                vsic_section?: string[] | null;
                zone?: string[] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    import_enterprises_api_v1_enterprises_import_post: {
        parameters: {
            query?: {
                /** @description Check and report without writing */
                dry_run?: boolean;
                /** @description Write the good rows even if some rows have errors */
                skip_invalid?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_import_enterprises_api_v1_enterprises_import_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an Excel workbook */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    import_template_api_v1_enterprises_import_template_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    health_api_v1_health_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    list_zones_api_v1_industrial_zones_get: {
        parameters: {
            query?: {
                admin_unit?: string | null;
                /** @description `next_cursor` of the previous page; absent for the first page */
                cursor?: string | null;
                kind?: components["schemas"]["ZoneKind"] | null;
                /** @description Page size, 1 to 200 */
                limit?: number;
                /** @description Name; case and diacritics ignored */
                q?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ZoneOut_"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_zone_api_v1_industrial_zones_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZoneCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZoneOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_zone_api_v1_industrial_zones__zone_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                zone_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZoneOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_zone_api_v1_industrial_zones__zone_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                zone_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_zone_api_v1_industrial_zones__zone_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                zone_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZoneUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZoneOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_reference_api_v1_reference_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_reference_api_v1_reference__name__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_courses_api_v1_training_courses_get: {
        parameters: {
            query?: {
                admin_unit?: string | null;
                audience?: components["schemas"]["Audience"] | null;
                /** @description `next_cursor` of the previous page; absent for the first page */
                cursor?: string | null;
                enterprise_id?: number | null;
                funded_by_program?: boolean | null;
                /** @description Page size, 1 to 200 */
                limit?: number;
                provider_id?: number | null;
                trainee_group?: number | null;
                /** @description Starting in this year */
                year?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_CourseOut_"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_course_api_v1_training_courses_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CourseCreate"];
            };
        };
        responses: {
            /** @description Created; `Location` and `ETag` set */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_course_api_v1_training_courses__course_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_course_api_v1_training_courses__course_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_course_api_v1_training_courses__course_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CourseUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attendance_import_api_v1_training_courses__course_id__attendance_import_post: {
        parameters: {
            query?: {
                /** @description Check and report without writing */
                dry_run?: boolean;
                /** @description Write the good rows even if some rows have errors */
                skip_invalid?: boolean;
            };
            header?: never;
            path: {
                course_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_attendance_import_api_v1_training_courses__course_id__attendance_import_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an Excel workbook */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attendance_template_api_v1_training_courses__course_id__attendance_template_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_providers_api_v1_training_providers_get: {
        parameters: {
            query?: {
                /** @description Licence in force today */
                licence_valid?: boolean | null;
                org_class?: components["schemas"]["OrgClass"] | null;
                /** @description Name; diacritics ignored */
                q?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ProviderOut_"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_provider_api_v1_training_providers_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderCreate"];
            };
        };
        responses: {
            /** @description Created; `Location` and `ETag` set */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_provider_api_v1_training_providers__provider_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_provider_api_v1_training_providers__provider_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_provider_api_v1_training_providers__provider_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_records_api_v1_training_records_get: {
        parameters: {
            query?: {
                admin_unit?: string[] | null;
                course_id?: number | null;
                /** @description `next_cursor` of the previous page; absent for the first page */
                cursor?: string | null;
                enterprise_id?: number | null;
                /** @description Page size, 1 to 200 */
                limit?: number;
                provider_id?: number | null;
                /** @description Worker's name; diacritics ignored */
                q?: string | null;
                /** @description issued_on (default `-issued_on`), ... */
                sort?: string | null;
                state?: components["schemas"]["RecordState"][] | null;
                trainee_group?: number[] | null;
                zone?: string[] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_RecordOut_"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_record_api_v1_training_records_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCreate"];
            };
        };
        responses: {
            /** @description Created; `Location` and `ETag` set */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_record_api_v1_training_records__record_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                record_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_record_api_v1_training_records__record_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                record_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_record_api_v1_training_records__record_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                record_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_records_api_v1_training_records_export_get: {
        parameters: {
            query?: {
                admin_unit?: string[] | null;
                course_id?: number | null;
                enterprise_id?: number | null;
                format?: string;
                provider_id?: number | null;
                /** @description Worker's name; diacritics ignored */
                q?: string | null;
                /** @description issued_on (default `-issued_on`), ... */
                sort?: string | null;
                state?: components["schemas"]["RecordState"][] | null;
                trainee_group?: number[] | null;
                zone?: string[] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    training_stats_api_v1_training_records_stats_get: {
        parameters: {
            query?: {
                /** @description The current year if left out */
                year?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingStats"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verify_record_api_v1_training_records_verify_get: {
        parameters: {
            query: {
                /** @description The document number */
                number: string;
                /** @description The provider's id or licence number */
                provider: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_users_api_v1_users_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page; absent for the first page */
                cursor?: string | null;
                is_active?: boolean | null;
                /** @description Page size, 1 to 200 */
                limit?: number;
                /** @description E-mail or name */
                q?: string | null;
                role?: components["schemas"]["Role"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_UserOut_"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_user_api_v1_users_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_user_api_v1_users__user_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivate_user_api_v1_users__user_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_user_api_v1_users__user_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reset_password_api_v1_users__user_id__password_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role lacks the permission, or the target place is outside the caller's scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation failed; `errors` lists each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
