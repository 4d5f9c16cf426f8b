package org.talentmatch.api.model;

/** Kind of grassroots unit that hosts a demand. */
public enum HostUnitType {
  TOWNSHIP,
  VILLAGE,
  ENTERPRISE,
  COOPERATIVE,
  HOSPITAL,
  CLINIC,
  SCHOOL,
  OTHER
}
