/**
 * The portal backend example: {@code config} wires the engine, the database and security from
 * {@code application.yml}; {@code catalog} keeps experts and demands in the database and the search
 * index in step with it; {@code planning} runs planning sessions and records clerks' decisions;
 * {@code web} is the REST API, its problem details and the clerk's page.
 */
package org.talentmatch.portal;
