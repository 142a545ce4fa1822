import { z } from 'zod';

// The documented shapes of the HubSpot answers Success Lens reads (test/fixtures/hubspot holds
// real ones). Every property value is a string (or null when empty), whatever the property's type.

const id = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(String);

/** `{status:"error", message, correlationId, category}`; 429 adds `policyName`, 403 the scopes. */
export const HsErrorBodySchema = z.looseObject({
  status: z.literal('error'),
  message: z.string(),
  correlationId: z.string().optional(),
  category: z.string().optional(),
  policyName: z.string().optional(),
  errorType: z.string().optional(),
  errors: z
    .array(
      z.looseObject({
        message: z.string().optional(),
        context: z
          .looseObject({ requiredGranularScopes: z.array(z.string()).optional(), requiredScopes: z.array(z.string()).optional() })
          .optional(),
      }),
    )
    .optional(),
});
export type HsErrorBody = z.infer<typeof HsErrorBodySchema>;

export const HsPropertiesSchema = z.record(z.string(), z.string().nullable());
export type HsProperties = z.infer<typeof HsPropertiesSchema>;

/** One CRM object as every v3 endpoint answers it. */
export const HsObjectSchema = z.looseObject({ id, properties: HsPropertiesSchema, archived: z.boolean().optional() });
export type HsObject = z.infer<typeof HsObjectSchema>;

const paging = z
  .object({ next: z.looseObject({ after: z.string().min(1), link: z.string().optional() }).optional() })
  .loose()
  .optional();

/** POST /crm/v3/objects/<type>/batch/read (COMPLETE, or 207 with the ids it could not read). */
export const HsBatchReadSchema = z.looseObject({ status: z.string().optional(), results: z.array(HsObjectSchema) });

/** POST /crm/v3/objects/<type>/search: one page of at most 200. */
export const HsSearchPageSchema = z.looseObject({
  total: z.number().int().nonnegative().optional(),
  results: z.array(HsObjectSchema),
  paging,
});
export type HsSearchPage = z.infer<typeof HsSearchPageSchema>;

/** One association (v4): the other record and the association's types with their labels. */
const association = z.looseObject({
  toObjectId: id,
  associationTypes: z.array(
    z.looseObject({ category: z.string().optional(), typeId: z.number().int(), label: z.string().nullable().optional() }),
  ),
});

/** GET /crm/v4/objects/<from>/<id>/associations/<to>: one page, with each association's types and labels. */
export const HsAssociationsPageSchema = z.looseObject({ results: z.array(association), paging });
export type HsAssociation = z.infer<typeof association>;

/**
 * POST /crm/v4/associations/<from>/<to>/batch/read: per record asked, its associations (a page
 * of them, `paging.next.after` for more). A record without any is not in `results` but in
 * `errors` (207, `crm.associations.NO_ASSOCIATIONS_FOUND`).
 */
export const HsAssociationBatchSchema = z.looseObject({
  status: z.string().optional(),
  results: z.array(z.looseObject({ from: z.looseObject({ id }), to: z.array(association), paging })),
  errors: z
    .array(
      z.looseObject({
        category: z.string().optional(),
        subCategory: z.unknown().optional(),
        message: z.string().optional(),
        context: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .optional(),
});
export type HsAssociationBatch = z.infer<typeof HsAssociationBatchSchema>;

/** POST /oauth/v2/private-apps/get/access-token-info: the user the token belongs to, and its portal. */
export const HsTokenInfoSchema = z.looseObject({
  userId: id,
  hubId: id,
  appId: id.optional(),
  scopes: z.array(z.string()).optional(),
});

/** GET /crm/v3/pipelines/<tickets|deals>: stage metadata values are strings too. */
export const HsPipelinesSchema = z.looseObject({
  results: z.array(
    z.looseObject({
      id: z.string(),
      label: z.string(),
      stages: z.array(
        z.looseObject({ id: z.string(), label: z.string(), metadata: z.record(z.string(), z.string().nullable()).default({}) }),
      ),
    }),
  ),
});
export type HsPipelines = z.infer<typeof HsPipelinesSchema>;

/** GET /crm/v3/properties/<type>. */
export const HsPropertyListSchema = z.looseObject({
  results: z.array(
    z.looseObject({
      name: z.string(),
      label: z.string(),
      type: z.string(),
      fieldType: z.string().optional(),
      hubspotDefined: z.boolean().optional(),
      calculated: z.boolean().optional(),
      referencedObjectType: z.string().optional(),
      hidden: z.boolean().optional(),
      showCurrencySymbol: z.boolean().optional(),
      options: z.array(z.looseObject({ value: z.string(), label: z.string(), hidden: z.boolean().optional() })).default([]),
    }),
  ),
});
export type HsProperty = z.infer<typeof HsPropertyListSchema>['results'][number];

/** GET /account-info/v3/details. */
export const HsAccountDetailsSchema = z.looseObject({
  portalId: id,
  timeZone: z.string().min(1),
  companyCurrency: z.string().regex(/^[A-Z]{3}$/),
  uiDomain: z.string().optional(),
  dataHostingLocation: z.string().optional(),
});
export type HsAccountDetails = z.infer<typeof HsAccountDetailsSchema>;

/** GET /crm/v3/owners/<id>. */
export const HsOwnerSchema = z.looseObject({
  id,
  firstName: z.string().nullable().optional(),
  lastName: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  /** The owner's teams (a book's "team" scope: the owners who share one with the user). */
  teams: z
    .array(z.looseObject({ id }))
    .nullable()
    .optional()
    .transform((teams) => (teams ?? []).map((t) => t.id)),
});

/** GET /crm/v3/owners: one page. */
export const HsOwnerListSchema = z.looseObject({ results: z.array(HsOwnerSchema), paging });

/** A list (segment) definition of the Lists API v3: `objectTypeId` says what it lists (0-2 companies, 0-1 contacts…). */
export const HsListSchema = z.looseObject({
  listId: id,
  name: z.string(),
  objectTypeId: z.string(),
  processingType: z.string().optional(),
});

/** POST /crm/v3/lists/search: a page of lists, `offset` for the next while `hasMore`. */
export const HsListSearchSchema = z.looseObject({
  lists: z.array(HsListSchema),
  hasMore: z.boolean().optional(),
  offset: z.number().int().nonnegative().optional(),
  total: z.number().int().nonnegative().optional(),
});

/** GET /crm/v3/lists/<listId>. */
export const HsListFetchSchema = z.looseObject({ list: HsListSchema });

/** GET /crm/v3/lists/<listId>/memberships: a page of member record ids (ascending), `paging.next.after` for more. */
export const HsListMembershipsSchema = z.looseObject({
  results: z.array(z.looseObject({ recordId: id })),
  paging,
});
