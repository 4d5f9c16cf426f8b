package org.talentmatch.api.model;

/** Role of a seat in a demand; an unfilled LEAD costs twice as much as a MEMBER. */
public enum SeatRole {
  LEAD,
  MEMBER
}
