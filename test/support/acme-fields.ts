/**
 * The sample Acme org's field mapping, as its admin set it up: Acme is the customised org, with
 * custom fields for ARR, seats, usage, the champion and invoices. (Out of the box nothing is mapped.)
 */
export const ACME_FIELDS = {
  arr: 'ARR__c',
  seats: 'Licensed_Seats__c',
  activeUsers: 'Active_Users__c',
  previousActiveUsers: 'Active_Users_Prev_Period__c',
  lastLogin: 'Last_Login__c',
  champion: 'Champion__c',
  contactLeft: 'Left_Company__c',
  renewalDate: 'Renewal_Date__c',
  overdueInvoiceDate: 'Oldest_Overdue_Invoice_Date__c',
  contractValue: 'Contract_Value__c',
} as const;
